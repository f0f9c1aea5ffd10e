/// A binary min-heap of ``Event`` values ordered by (time, priority, sequence).
///
/// Stored in one ``Column``; sifting moves a hole instead of swapping, as in the C reference.
/// (A 4-ary heap was tried: more instructions per event on these sizes, so binary it stays.)
struct EventQueue {
    private let heap = Column<Event>.empty()

    var count: Int { heap.count }
    var isEmpty: Bool { heap.count == 0 }
    /// The earliest event, without removing it.
    @inline(__always) var first: Event? { heap.count > 0 ? heap[0] : nil }

    /// Adds an event.
    /// - Complexity: O(log n).
    @inline(__always)
    func push(_ event: Event) {
        heap.append(event)
        let buffer = heap.base
        var hole = heap.count - 1
        while hole > 0 {
            let parent = (hole - 1) >> 1
            if !Event.precedes(event, buffer[parent]) { break }
            buffer[hole] = buffer[parent]
            hole = parent
        }
        buffer[hole] = event
    }

    /// Removes and returns the earliest event; the queue must not be empty.
    /// - Complexity: O(log n).
    @inline(__always)
    func pop() -> Event {
        let last = heap.removeLast()
        let count = heap.count
        guard count > 0 else { return last }
        let buffer = heap.base
        let top = buffer[0]
        var hole = 0
        while true {
            var child = 2 * hole + 1
            if child >= count { break }
            if child + 1 < count, Event.precedes(buffer[child + 1], buffer[child]) { child += 1 }
            if !Event.precedes(buffer[child], last) { break }
            buffer[hole] = buffer[child]
            hole = child
        }
        buffer[hole] = last
        return top
    }
}

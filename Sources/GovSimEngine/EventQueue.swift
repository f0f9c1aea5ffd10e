/// A binary min-heap of ``Event`` values ordered by (time, priority, sequence).
///
/// Stored as one contiguous array; sifting moves a hole instead of swapping, as in the C reference.
public struct EventQueue: Sendable {
    @usableFromInline var heap: ContiguousArray<Event> = []

    public init(capacity: Int = 1024) { heap.reserveCapacity(capacity) }

    @inlinable public var count: Int { heap.count }
    @inlinable public var isEmpty: Bool { heap.isEmpty }
    /// The earliest event, without removing it.
    @inlinable public var first: Event? { heap.first }

    /// Adds an event.
    /// - Complexity: O(log n).
    @inlinable
    public mutating func push(_ event: Event) {
        heap.append(event)
        heap.withUnsafeMutableBufferPointer { buffer in
            var hole = buffer.count - 1
            while hole > 0 {
                let parent = (hole - 1) >> 1
                if !Event.precedes(event, buffer[parent]) { break }
                buffer[hole] = buffer[parent]
                hole = parent
            }
            buffer[hole] = event
        }
    }

    /// Removes and returns the earliest event.
    /// - Complexity: O(log n).
    @inlinable
    public mutating func pop() -> Event? {
        guard let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { return last }
        return heap.withUnsafeMutableBufferPointer { buffer in
            let top = buffer[0]
            let count = buffer.count
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

    /// Every pending event, in no particular order (for end-of-run accounting).
    public var pending: ContiguousArray<Event> { heap }
}

/// The event queue's invariants, checked in full: the differential tests call this after every
/// operation, and debug builds after every refill and spill of a small queue (as swift-collections
/// checks its heaps in `Heap+Invariants.swift`). Release builds never call it.
extension EventQueue {
    /// Traps, naming the broken rule, when the queue's structure is inconsistent.
    /// - Complexity: O(n) in the pending events.
    func checkInvariants() {
        func key(_ event: Event) -> (UInt64, UInt64) { (event.time.bitPattern, event.order) }
        let reference = (lastTime, lastOrder), limit = (limitTime, limitOrder)
        precondition(limit >= reference, "the front's limit is below the reference")
        var total = 0
        for index in 0..<Self.bucketCount {
            let bucket = buckets[index]
            total += bucket.count
            precondition(bucket.count <= bucket.capacity, "bucket \(index) holds more than it has room for")
            let marked = occupied[index >> 6] & (1 << UInt64(index & 63)) != 0
            if index > 0 { precondition(marked == (bucket.count > 0), "bucket \(index)'s occupancy bit is wrong") }
            for position in 0..<bucket.count {
                let event = bucket.base[position]
                if index == 0 {
                    if position > 0 {
                        precondition(!Event.precedes(bucket.base[position - 1], event), "the front is not sorted largest first")
                    }
                    precondition(key(event) <= limit, "a front event is above the front's limit")
                } else {
                    precondition(key(event) > limit, "bucket \(index) holds an event at or below the front's limit")
                    precondition(bucketIndex(of: event) == index, "an event is filed in bucket \(index), not its own")
                }
            }
        }
        precondition(total == count, "the count (\(count)) differs from the events held (\(total))")
        for word in 0..<(Self.bucketCount + 63) / 64 {
            precondition((occupiedWords & (1 << UInt64(word)) != 0) == (occupied[word] != 0), "summary bit \(word) is wrong")
        }
    }

    /// Checks the invariants in debug builds while the queue is small enough for a full pass to
    /// stay cheap beside the work that changed it.
    @inline(__always)
    func checkInvariantsInDebug() {
        #if DEBUG
        if count <= 4096 { checkInvariants() }
        #endif
    }
}

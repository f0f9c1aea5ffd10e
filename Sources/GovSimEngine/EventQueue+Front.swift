/// The sorted front of the ``EventQueue``: the next events to come out, largest key first.
extension EventQueue {
    @inline(__always)
    func isAtOrBelowLimit(_ event: Event) -> Bool {
        let time = event.time.bitPattern
        return time < limitTime || (time == limitTime && event.order <= limitOrder)
    }

    /// A full front gives its larger half back to the buckets, and the limit drops to the largest
    /// key it keeps: a small bucket taken apart may span a wide stretch of time where events are
    /// sparse (at the start of a run), and every event pushed into that stretch would otherwise
    /// be inserted into an ever longer front. Returns false when the larger half cannot go back
    /// (it lies at or below the reference: events for the present instant).
    func spillFront() -> Bool {
        let front = buckets[0].base
        let n = buckets[0].count, half = n / 2
        let smallestSpilled = front[half - 1]
        let time = smallestSpilled.time.bitPattern
        guard time > lastTime || (time == lastTime && smallestSpilled.order > lastOrder) else { return false }
        for position in 0..<half { file(front[position], into: bucketIndex(of: front[position])) }
        front.update(from: front + half, count: n - half)
        buckets[0].count = n - half
        // The limit never drops below the reference: every key in the buckets is above the
        // reference, and a key between the two must go to the front (the kept half may lie wholly
        // below the reference, when it holds events for the present instant of a lower priority).
        let kept = front[0]
        if kept.time.bitPattern > lastTime || (kept.time.bitPattern == lastTime && kept.order > lastOrder) {
            limitTime = kept.time.bitPattern
            limitOrder = kept.order
        } else {
            limitTime = lastTime
            limitOrder = lastOrder
        }
        spills += 1
        return true
    }

    /// Puts `event` into the (sorted) front, after every larger key: it is below every key in
    /// buckets 1... (at or below the limit).
    func insertIntoFront(_ event: Event) {
        if buckets[0].count == buckets[0].capacity { grow(0) }
        let front = buckets[0].base
        var position = buckets[0].count
        while position > 0, Event.precedes(front[position - 1], event) {
            front[position] = front[position - 1]
            position -= 1
        }
        front[position] = event
        buckets[0].count += 1
    }

    /// Insertion sort of a small bucket into the empty front, largest key first.
    @inline(__always)
    func sortIntoFront(_ events: UnsafeMutablePointer<Event>, count n: Int) {
        while buckets[0].capacity < n { grow(0) }
        let front = buckets[0].base
        for taken in 0..<n {
            let event = events[taken]
            var position = taken
            while position > 0, Event.precedes(front[position - 1], event) {
                front[position] = front[position - 1]
                position -= 1
            }
            front[position] = event
        }
        buckets[0].count = n
        setReference(front[n - 1], limit: front[0])
        if reportsUpcoming { refiledBase = front; refiledCount = n }
    }
}

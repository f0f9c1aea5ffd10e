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
    /// be inserted into an ever longer front. Only keys above the reference can go back (the
    /// buckets hold nothing else); when the larger half holds keys at or below it (events for the
    /// present instant of a lower priority), only the keys above it go, and the limit drops to
    /// the reference, so nothing but present-instant events enters the front until it is emptied.
    /// Returns false when nothing can go back.
    func spillFront() -> Bool {
        let front = buckets[0].base
        let n = buckets[0].count
        var spilled = n / 2
        while spilled > 0, !isAboveReference(front[spilled - 1]) { spilled -= 1 }
        guard spilled > 0 else { return false }
        for position in 0..<spilled { file(front[position], into: bucketIndex(of: front[position])) }
        front.update(from: front + spilled, count: n - spilled)
        buckets[0].count = n - spilled
        // The limit never drops below the reference: every key in the buckets is above the
        // reference, and a key between the two must go to the front.
        let kept = front[0]
        if isAboveReference(kept) {
            limitTime = kept.time.bitPattern
            limitOrder = kept.order
        } else {
            limitTime = lastTime
            limitOrder = lastOrder
        }
        spills += 1
        return true
    }

    @inline(__always)
    func isAboveReference(_ event: Event) -> Bool {
        let time = event.time.bitPattern
        return time > lastTime || (time == lastTime && event.order > lastOrder)
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

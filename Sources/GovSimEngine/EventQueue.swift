/// The pending events, earliest first by (time, priority, sequence): a radix heap (Ahuja,
/// Mehlhorn, Orlin and Tarjan 1990) over the 128-bit key (bit pattern of the time, `order`), with
/// hexadecimal digits, in front of which sits a short sorted run: the next events to come out.
///
/// Why not a binary heap: a simulation only ever schedules at or after the present, and a radix
/// heap exploits that. Bucket (p, v) holds the events whose key first differs from the reference
/// (the smallest key of the last bucket taken apart) in hex digit p, where their digit is v;
/// buckets in (p, v) order are in key order. Pushing is an append, and when the front runs dry the
/// lowest bucket is taken apart in a sequential pass; with a million pending events a binary
/// heap's sift-down visits twenty levels of a 24 MB array, most of them cache misses, where the
/// radix heap touches memory in order. (Measured with a hold model: 2.4x the binary heap's
/// throughput at a million pending events, about equal at a few hundred.)
///
/// Why the sorted front: at a few hundred pending events most buckets taken apart hold a handful
/// of events, and re-filing them digit by digit moved each event about three times (18% of
/// the instructions at 781 units). A bucket of up to `sortLimit` events is instead sorted once,
/// by insertion, into the front. An event pushed below the front's largest key (rare: a service
/// shorter than the gaps between the next few events) is inserted into it in order, and so is an
/// event for the present instant of a lower priority than the one just taken out, which the radix
/// heap could not take (its key is below the reference). The order is exactly a sort's: nothing
/// else changes.
final class EventQueue {
    /// One bucket: a growable array of events.
    struct Bucket {
        var base: UnsafeMutablePointer<Event>
        var count: Int
        var capacity: Int
    }

    /// Bucket 0 is the front, sorted largest key first, so the next event to come out is its
    /// last. Then 16 hex digits of `order` (buckets 1...256), then 16 of the time (257...512).
    /// (Byte digits took apart fewer buckets, but their 4,000 buckets ran 15-20% slower at 56,000
    /// units, where the loop waits on memory more than it computes.)
    static let bucketCount = 513
    /// Storage of the buckets that never held an event (most of them): allocated on first use.
    private let noStorage: UnsafeMutablePointer<Event> = .allocate(capacity: 1)
    let buckets: UnsafeMutablePointer<Bucket>
    /// Bit b of word w is set when bucket 64 w + b holds events (bucket 0's bit is never set).
    let occupied: UnsafeMutablePointer<UInt64>
    /// Bit w is set when word w of `occupied` is not zero: the lowest bucket in two bit scans
    /// (a scan of the nine words was 4% of the instructions at 781 units).
    var occupiedWords: UInt64 = 0
    /// The reference key: every key in buckets 1... is above it, and filed against it.
    var lastTime: UInt64 = 0
    var lastOrder: UInt64 = 0
    /// Every key in the front is at or below this one, every key in buckets 1... above it: the
    /// front's largest key when it was filled or last spilled, and never below the reference
    /// (insertions do not move it; the front may hold present-instant keys below the reference).
    var limitTime: UInt64 = 0
    var limitOrder: UInt64 = 0
    /// Time of the last event taken out.
    private var present = 0.0
    private(set) var count = 0
    /// Times the front gave half its events back (for the tests: the path must be exercised).
    var spills = 0
    /// When true, a pop that takes apart a small bucket keeps it for ``forEachUpcoming(_:)``.
    var reportsUpcoming = false
    /// The events of the last small bucket taken apart: valid until the next push or pop.
    var refiledBase: UnsafeMutablePointer<Event>?
    var refiledCount = 0
    /// A bucket this small holds the next events to come out (a few dozen pops ahead).
    private static let upcomingLimit = 64
    /// Buckets up to this size are sorted into the front rather than re-filed.
    private static let sortLimit = 32
    /// The front never holds more (bar present-instant events): see `spillFront`.
    static let frontCapacity = 64

    init() {
        buckets = .allocate(capacity: Self.bucketCount)
        for index in 0..<Self.bucketCount { buckets[index] = Bucket(base: noStorage, count: 0, capacity: 0) }
        occupied = .allocate(capacity: Self.occupancyWords)
        occupied.initialize(repeating: 0, count: Self.occupancyWords)
    }

    private static let occupancyWords = (bucketCount + 63) / 64

    deinit {
        for index in 0..<Self.bucketCount { free(index) }
        noStorage.deallocate()
        buckets.deallocate()
        occupied.deallocate()
    }

    // The front (insertion, sorting a small bucket into it, spilling) is in EventQueue+Front.swift;
    // the members it shares with that file are internal rather than private.

    /// Adds an event at or after the time of the last one taken out.
    /// - Complexity: O(1), bar an insertion into the front.
    @inline(__always)
    func push(_ event: Event) {
        count += 1
        assert(event.time >= present, "an event scheduled in the past")
        if isAtOrBelowLimit(event) {
            if buckets[0].count < Self.frontCapacity || !spillFront() || isAtOrBelowLimit(event) {
                insertIntoFront(event)
                return
            }
        }
        file(event, into: bucketIndex(of: event))
    }

    /// Removes and returns the earliest event if it happens no later than `horizon`. Once it has
    /// returned nil for a horizon, nothing earlier than that horizon may be pushed.
    /// - Complexity: amortised O(log of the range of keys), in sequential passes.
    @inline(__always)
    func pop(notAfter horizon: Double) -> Event? {
        if buckets[0].count == 0 {
            guard count > 0 else { return nil }
            let index = lowestOccupied()
            if buckets[index].count == 1 { return popLone(index, notAfter: horizon) }
            refill(index)
        }
        let candidate = buckets[0].base[buckets[0].count - 1]
        guard candidate.time <= horizon else { return nil }
        buckets[0].count -= 1
        count -= 1
        present = candidate.time
        return candidate
    }

    /// The front is empty and the lowest non-empty bucket holds one event (most pops at a few
    /// hundred pending events): it is the earliest, and it comes out without being moved.
    @inline(__always)
    private func popLone(_ index: Int, notAfter horizon: Double) -> Event? {
        let event = buckets[index].base[0]
        guard event.time <= horizon else { return nil }
        markEmpty(index)
        buckets[index].count = 0
        setReference(event, limit: event)
        count -= 1
        present = event.time
        return event
    }

    /// The front is empty: take apart the lowest non-empty bucket (`index`), whose smallest key
    /// becomes the reference. A small bucket is sorted into the front; a large one is re-filed
    /// against the new reference (the smallest lands in the front, the rest in lower buckets).
    /// Buckets above `index` stay valid: their keys differ from any key of bucket `index` in the
    /// same digit, with the same value, as from the old reference.
    private func refill(_ index: Int) {
        markEmpty(index)
        let events = buckets[index].base
        let n = buckets[index].count
        buckets[index].count = 0
        if n <= Self.sortLimit {
            sortIntoFront(events, count: n)
        } else {
            var smallest = events[0]
            var position = 1
            while position < n {
                if Event.precedes(events[position], smallest) { smallest = events[position] }
                position += 1
            }
            setReference(smallest, limit: smallest)
            if reportsUpcoming, n <= Self.upcomingLimit { refiledBase = events; refiledCount = n }
            position = 0
            while position < n {
                let event = events[position]
                file(event, into: bucketIndex(of: event))
                position += 1
            }
        }
        // A bucket keeps its largest size otherwise, and at millions of pending events the sum of
        // every bucket's largest size is several times what is ever pending at once.
        if buckets[index].capacity >= Self.largeBucket {
            refiledCount = 0
            free(index)
            buckets[index] = Bucket(base: noStorage, count: 0, capacity: 0)
        }
        checkInvariantsInDebug()
    }

    @inline(__always)
    func setReference(_ reference: Event, limit: Event) {
        lastTime = reference.time.bitPattern
        lastOrder = reference.order
        limitTime = limit.time.bitPattern
        limitOrder = limit.order
    }

    /// Calls `body` once with each event of the small bucket the last pop re-filed, if any: they
    /// are the next few dozen to come out (bar events pushed before them in the meantime), so the
    /// loop can ask the processor for their data while it works on the current one. The events
    /// are still in the bucket's storage, which nothing writes until the next push.
    @inline(__always)
    func forEachUpcoming(_ body: (Event) -> Void) {
        guard refiledCount > 0, let base = refiledBase else { return }
        for index in 0..<refiledCount { body(base[index]) }
        refiledCount = 0
    }

    /// Buckets this large (1.5 MiB) are freed when emptied.
    private static let largeBucket = 1 << 16

    /// Frees every bucket; the queue is empty afterwards.
    func removeAll() {
        for index in 0..<Self.bucketCount {
            free(index)
            buckets[index] = Bucket(base: noStorage, count: 0, capacity: 0)
        }
        for word in 0..<Self.occupancyWords { occupied[word] = 0 }
        occupiedWords = 0
        lastTime = 0; lastOrder = 0; limitTime = 0; limitOrder = 0
        count = 0
        present = 0
        refiledBase = nil; refiledCount = 0
        spills = 0
    }

    /// The lowest bucket above 0 that holds events; the queue must hold some outside the front.
    @inline(__always)
    private func lowestOccupied() -> Int {
        assert(occupiedWords != 0, "no bucket above 0 holds events")
        let word = occupiedWords.trailingZeroBitCount
        return word << 6 | occupied[word].trailingZeroBitCount
    }

    @inline(__always)
    private func markEmpty(_ index: Int) {
        let word = index >> 6
        occupied[word] &= ~(1 << UInt64(index & 63))
        if occupied[word] == 0 { occupiedWords &= ~(1 << UInt64(word)) }
    }

    /// 0 when the key equals the reference, else 16 p + v + 1 for the highest hex digit p where
    /// they differ and the event's digit v there (the + 1 keeps bucket 0 for the equal key).
    @inline(__always)
    func bucketIndex(of event: Event) -> Int {
        let time = event.time.bitPattern
        let high = time ^ lastTime
        if high != 0 {
            let digit = (63 - high.leadingZeroBitCount) >> 2
            return 257 + (digit << 4 | Int(truncatingIfNeeded: time >> UInt64(digit << 2)) & 15)
        }
        let low = event.order ^ lastOrder
        guard low != 0 else { return 0 }
        let digit = (63 - low.leadingZeroBitCount) >> 2
        return 1 + (digit << 4 | Int(truncatingIfNeeded: event.order >> UInt64(digit << 2)) & 15)
    }

    @inline(__always)
    func file(_ event: Event, into index: Int) {
        let used = buckets[index].count
        if used == buckets[index].capacity { grow(index) }
        buckets[index].base[used] = event
        buckets[index].count = used + 1
        if index > 0 {
            occupied[index >> 6] |= 1 << UInt64(index & 63)
            occupiedWords |= 1 << UInt64(index >> 6)
        }
    }

    func grow(_ index: Int) {
        let stride = MemoryLayout<Event>.stride
        guard buckets[index].capacity > 0 else {
            buckets[index] = Bucket(base: .allocate(capacity: 8), count: 0, capacity: 8)
            return
        }
        let capacity = buckets[index].capacity * 2
        buckets[index].base = LoopMemory.reallocate(buckets[index].base, byteCount: buckets[index].capacity * stride,
                                                    to: capacity * stride, alignment: MemoryLayout<Event>.alignment)
            .bindMemory(to: Event.self, capacity: capacity)
        buckets[index].capacity = capacity
    }

    private func free(_ index: Int) {
        guard buckets[index].capacity > 0 else { return }
        LoopMemory.deallocate(buckets[index].base, byteCount: buckets[index].capacity * MemoryLayout<Event>.stride)
    }
}

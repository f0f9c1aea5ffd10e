@testable import GovSimEngine
import GovSimModel
import Testing

/// The radix-heap event queue must give exactly the order of a sort by (time, kind, sequence),
/// whatever the mix: far and near times, ties, events for the present instant of a lower kind.
@Suite struct EventQueueTests {
    /// A simulation-like workload: pop one event, push a few at or after its time.
    /// `fanout`: up to `fanout - 1` pushes per pop for the first half of the pops (then up to 2).
    static func drain(seed: UInt64, ties: Bool, initial: Int = 200, fanout: UInt64 = 3,
                      queue: EventQueue = EventQueue()) -> (popped: [Event], expected: [Event]) {
        var random = Xoshiro256StarStar(seed: seed)
        var pending: [Event] = []
        var sequence: UInt64 = 0
        func push(_ time: Double) {
            sequence += 1
            let kind = Event.Kind(rawValue: UInt8(random.next() % 6))!
            let event = Event(time: time, kind: kind, sequence: sequence, unit: Int32(sequence % 97), item: Int32(sequence))
            queue.push(event)
            queue.checkInvariants()
            pending.append(event)
        }
        for _ in 0..<initial { push(ties ? Double(random.next() % 5) : random.exponential(mean: 3)) }
        var popped: [Event] = [], expected: [Event] = []
        while popped.count < 5_000, !pending.isEmpty {
            pending.sort { Event.precedes($0, $1) }
            expected.append(pending.removeFirst())
            guard let event = queue.pop(notAfter: .infinity) else { break }
            queue.checkInvariants()
            popped.append(event)
            for _ in 0..<Int(random.next() % (popped.count < 2_500 ? fanout : 3)) {
                let choice = random.next() % 4
                // Now (possibly of a lower kind than the event just taken), a whole number of
                // steps later (ties), or a continuous delay spanning many orders of magnitude.
                let delay = choice == 0 ? 0 : (ties ? Double(random.next() % 3) : random.exponential(mean: choice == 1 ? 1e-6 : 10))
                push(event.time + delay)
            }
        }
        return (popped, expected)
    }

    @Test(arguments: [(1, false), (2, false), (3, true), (4, true)] as [(UInt64, Bool)])
    func popsInSortedOrder(seed: UInt64, ties: Bool) {
        let (popped, expected) = Self.drain(seed: seed, ties: ties)
        #expect(popped.count == expected.count)
        #expect(popped.map(\.order) == expected.map(\.order))
        #expect(popped.map(\.time) == expected.map(\.time))
    }

    /// Thousands pending: buckets too large to sort are re-filed digit by digit, small ones are
    /// sorted into the front; both must keep the order.
    @Test(arguments: [(5, false), (6, true)] as [(UInt64, Bool)])
    func popsInSortedOrderWithThousandsPending(seed: UInt64, ties: Bool) {
        let (popped, expected) = Self.drain(seed: seed, ties: ties, initial: 3_000)
        #expect(popped.count == expected.count)
        #expect(popped.map(\.order) == expected.map(\.order))
        #expect(popped.map(\.time) == expected.map(\.time))
    }

    /// Bursts of pushes, then a drain: the front fills and spills (continuous times), or holds
    /// many ties and events for the present instant of a lower kind (whole times).
    @Test(arguments: [(11, true), (12, true), (13, false), (14, false)] as [(UInt64, Bool)])
    func popsInSortedOrderThroughBursts(seed: UInt64, ties: Bool) {
        let queue = EventQueue()
        let (popped, expected) = Self.drain(seed: seed, ties: ties, initial: 50, fanout: 5, queue: queue)
        if !ties { #expect(queue.spills > 0) }
        #expect(popped.count == expected.count)
        #expect(popped.map(\.order) == expected.map(\.order))
        #expect(popped.map(\.time) == expected.map(\.time))
    }

    /// Ten events that fall in one bucket, sorted into the front, then hundreds pushed between
    /// them: the front fills and must give its larger half back to the buckets, again and again.
    @Test func popsInSortedOrderWhenTheFrontSpills() {
        let log = PushLog(), queue = log.queue
        var random = Xoshiro256StarStar(seed: 9)
        func push(_ time: Double) { log.push(time, .delivered) }
        for step in 0..<10 { push(64 + 0.5 * Double(step)) }
        var popped: [Event] = [], expected: [Event] = []
        while let event = queue.pop(notAfter: .infinity) {
            popped.append(event)
            if popped.count <= 50 {
                for _ in 0..<20 { push(event.time + random.uniform() * (68.5 - event.time)) }
            }
        }
        expected = log.pushed.sorted { Event.precedes($0, $1) }
        #expect(queue.spills > 0)
        #expect(popped.map(\.order) == expected.map(\.order))
        #expect(popped.map(\.time) == expected.map(\.time))
    }

    /// The front spills while its lower half lies below the reference (dozens of events for the
    /// present instant, of a lower priority than the reference): the limit must not drop below
    /// the reference, or the next event between the two is filed into a bucket it does not
    /// belong to, and comes out after a later one.
    @Test func spillKeepsTheLimitAtOrAboveTheReference() {
        let log = PushLog(), queue = log.queue
        func push(_ time: Double, _ kind: Event.Kind) { log.push(time, kind) }
        for step in 0..<32 { push(64 + 0.1 * Double(step), .delivered) }  // one bucket: sorted into the front
        var popped = [queue.pop(notAfter: .infinity)!]  // the reference: delivered at 64
        push(65.05, .delivered)  // 32 above the reference now
        for _ in 0..<33 { push(64, .serviceDone) }  // below the reference; the 33rd makes the front spill
        push(64, .delivered)  // above the reference, just
        while let event = queue.pop(notAfter: .infinity) { popped.append(event) }
        // The reference came out first; everything else, pushed after it, in sorted order.
        let expected = [log.pushed[0]] + log.pushed.dropFirst().sorted { Event.precedes($0, $1) }
        #expect(queue.spills > 0)
        #expect(popped.map(\.order) == expected.map(\.order))
        #expect(popped.map(\.time) == expected.map(\.time))
    }

    /// Events for the present instant of a lower priority fill the front past its capacity: the
    /// spill gives back only the keys above the reference, and afterwards every later key goes
    /// to the buckets, so the front holds the present-instant events and nothing else.
    @Test func frontHoldsOnlyPresentInstantEventsAfterARefusedHalf() {
        let log = PushLog(), queue = log.queue
        func push(_ time: Double, _ kind: Event.Kind) { log.push(time, kind) }
        for step in 0..<32 { push(64 + 0.1 * Double(step), .delivered) }  // sorted into the front
        var popped = [queue.pop(notAfter: .infinity)!]  // the reference: delivered at 64
        for _ in 0..<200 { push(64, .serviceDone) }  // below the reference
        var random = Xoshiro256StarStar(seed: 21)
        for _ in 0..<60 { push(64 + 3 * random.uniform(), .delivered) }  // between the reference and the old limit
        #expect(queue.spills == 1)
        #expect(queue.buckets[0].count == 200)
        while let event = queue.pop(notAfter: .infinity) { popped.append(event) }
        let expected = [log.pushed[0]] + log.pushed.dropFirst().sorted { Event.precedes($0, $1) }
        #expect(popped.map(\.order) == expected.map(\.order))
        #expect(popped.map(\.time) == expected.map(\.time))
    }

    /// A time of -0.0 (a shock at "time": -0) is the same instant as 0 and comes out before
    /// anything later; its bit pattern alone would sort it after every positive time.
    /// The invariant check is not vacuous: an event filed in the wrong bucket stops the process.
    @Test func invariantCheckCatchesAMisfiledEvent() async {
        await #expect(processExitsWith: .failure) {
            let queue = EventQueue()
            for index in 0..<100 { queue.push(Event(time: Double(index), kind: .arrival, sequence: UInt64(index), unit: 0, item: 0)) }
            _ = queue.pop(notAfter: .infinity)
            queue.checkInvariants()   // still sound
            queue.file(Event(time: 1e9, kind: .arrival, sequence: 1000, unit: 0, item: 0), into: 300)
            queue.checkInvariants()
        }
    }

    @Test func negativeZeroTimeComesOutFirst() {
        let queue = EventQueue()
        queue.push(Event(time: 1.0, kind: .arrival, sequence: 1, unit: 0, item: 0))
        queue.push(Event(time: -0.0, kind: .shockArrival, sequence: 2, unit: 0, item: 0))
        queue.push(Event(time: 0.0, kind: .sample, sequence: 3, unit: 0, item: 0))
        #expect(queue.pop(notAfter: .infinity)?.order == Event(time: 0, kind: .shockArrival, sequence: 2, unit: 0, item: 0).order)
        #expect(queue.pop(notAfter: .infinity)?.order == Event(time: 0, kind: .sample, sequence: 3, unit: 0, item: 0).order)
        #expect(queue.pop(notAfter: .infinity)?.time == 1.0)
    }

    @Test func stopsAtTheHorizonWithoutLosingEvents() {
        let queue = EventQueue()
        for (index, time) in [5.0, 1.0, 3.0, 7.0].enumerated() {
            queue.push(Event(time: time, kind: .arrival, sequence: UInt64(index), unit: 0, item: 0))
        }
        #expect(queue.pop(notAfter: 4)?.time == 1)
        #expect(queue.pop(notAfter: 4)?.time == 3)
        #expect(queue.pop(notAfter: 4) == nil)
        #expect(queue.count == 2)
    }
}

/// A queue that keeps what was pushed into it, in order, numbering the events in turn.
final class PushLog {
    let queue = EventQueue()
    private(set) var pushed: [Event] = []

    func push(_ time: Double, _ kind: Event.Kind) {
        let sequence = UInt64(pushed.count + 1)
        let event = Event(time: time, kind: kind, sequence: sequence, unit: 0, item: Int32(sequence))
        queue.push(event)
        pushed.append(event)
    }
}

import Foundation
import GovSimModel

/// Observes a simulation and turns what happened into metrics: the engine reports, the recorder
/// counts (the split Mesa makes between a model and its data collector).
///
/// Only cases that arrive inside the measured window `[warmup, horizon - cooldown]` count toward
/// case metrics; busy time and the number in the system are integrated over `[warmup, horizon]`.
struct Recorder {
    let model: CompiledModel
    let length: RunLength
    let options: RecorderOptions
    let sampleInterval: Double?
    let satisfaction: Satisfaction
    /// tripFactor^n for n = 0..<16.
    let tripShares: [Double]

    var arrived = 0
    var completedCount = 0
    var sums = CaseSums()
    /// Exact up to 4,194,304 measured cases, a fine histogram beyond (see ``TurnaroundStore``).
    let turnarounds = TurnaroundStore()
    /// A column, not an array: an array's uniqueness check on every completed case was 0.3% of the loop.
    let decisionsAtLevel: Column<Int>
    /// The simulation's unit slots: busy time and messages up the line live there, beside the
    /// unit's queue, so a step touches one cache line per unit.
    let slots: Column<UnitSlot>
    /// Decisions per unit, modulo 2^32 (about once per case: apart from the slots, which it would
    /// have made 25% larger).
    let unitDecisions: Column<UInt32>
    /// Times a unit's narrow count wrapped to zero (rare: 2^32 decisions, or 2^16 messages on its line).
    var decisionWraps: [Int: Int] = [:]
    var uplinkWraps: [Int: Int] = [:]
    let peerMessages: Column<Int>
    var servicesStarted = 0
    /// Queueing time per visit on each level, over services that started in the measured window:
    /// what the traffic equations predict per level.
    let waitByLevel: Column<Double>
    let visitsByLevel: Column<Int>
    var inSystem = 0
    var lastChange = 0.0
    var inSystemArea = 0.0
    /// Open cases when the measured window was half over, and measured arrivals by then: does the
    /// backlog grow over the second half? (See ``BacklogTrend``.)
    var midWindowBacklog = -1
    var arrivedByMidWindow = 0
    let midWindow: Double
    var shockTimes: [Double]
    var shockDetected: [Double]
    var shockLastResponse: [Double]
    var shockTurnaroundSum = 0.0
    var shockCompleted = 0
    var journeys: [Journey] = []
    var samples: [TimeSample] = []

    /// Running totals over measured completed cases.
    struct CaseSums {
        var turnaround = 0.0, wait = 0.0, work = 0.0, transit = 0.0, decisionTime = 0.0
        var services = 0.0, messages = 0.0, fidelity = 0.0, answerFidelity = 0.0, correct = 0.0
        var trips = 0.0, travel = 0.0, bounces = 0.0, incidents = 0.0, leaks = 0.0, conflicts = 0.0
        var satisfaction = 0.0
    }

    /// `arrivalRate` sizes the turnaround column up front: grown by doubling, it held up to twice
    /// the memory it needed (and both copies while growing) in runs of millions of cases.
    init(model: CompiledModel, length: RunLength, shocks: [Shock], satisfaction: Satisfaction,
         slots: Column<UnitSlot>, arrivalRate: Double, options: RecorderOptions) {
        self.model = model
        self.length = length
        self.options = options
        self.satisfaction = satisfaction
        midWindow = length.warmup + max(length.horizon - length.warmup, 0) / 2
        let window = max(length.horizon - length.cooldown - length.warmup, 0)
        let expected = arrivalRate * window
        if expected.isFinite, expected > 0 {
            // Poisson: the count exceeds mean + 5 sd about once in three million runs (then it grows).
            turnarounds.reserve(Int(min(expected + 5 * expected.squareRoot() + 64, Double(1 << 27))))
        }
        tripShares = (0..<16).map { pow(satisfaction.tripFactor, Double($0)) }
        sampleInterval = options.samples > 0 && length.horizon > 0 ? length.horizon / Double(options.samples) : nil
        decisionsAtLevel = Column(repeating: 0, count: model.levelCount)
        waitByLevel = Column(repeating: 0, count: model.levelCount)
        visitsByLevel = Column(repeating: 0, count: model.levelCount)
        unitDecisions = Column(repeating: 0, count: model.unitCount)
        self.slots = slots
        peerMessages = Column(repeating: 0, count: model.peerEdgeCount)
        shockTimes = shocks.map(\.time)
        shockDetected = Array(repeating: .nan, count: shocks.count)
        shockLastResponse = Array(repeating: .nan, count: shocks.count)
    }

    @inline(__always)
    private func isMeasured(arrival: Double) -> Bool {
        arrival >= length.warmup && arrival <= length.horizon - length.cooldown
    }

    @inline(__always)
    mutating func changeInSystem(by delta: Int, at now: Double) {
        if now > length.warmup { inSystemArea += Double(inSystem) * (now - max(lastChange, length.warmup)) }
        if now >= midWindow, midWindowBacklog < 0 { (midWindowBacklog, arrivedByMidWindow) = (inSystem, arrived) }
        lastChange = now
        inSystem += delta
    }

    // MARK: - Reports from the engine

    /// A citizen case arrived; returns the index of its journey when it is traced, else -1.
    @inline(__always)
    mutating func caseArrived(origin: Int32, at now: Double) -> Int32 {
        changeInSystem(by: 1, at: now)
        guard isMeasured(arrival: now) else { return -1 }
        arrived += 1
        guard journeys.count < options.journeys else { return -1 }
        journeys.append(Journey(ordinal: journeys.count, arrival: now, origin: Int(origin)))
        return Int32(journeys.count - 1)
    }

    @inline(__always)
    mutating func serviceStarted(unit: Int, level: Int, at now: Double, duration: Double, waited: Double) {
        servicesStarted &+= 1
        if now >= length.warmup {
            waitByLevel[level] += waited
            visitsByLevel[level] &+= 1
        }
        // Only the part of the service inside the window counts as busy time.
        let busy = min(now + duration, length.horizon) - max(now, length.warmup)
        if busy > 0 { slots[unit].busyTime += busy }
    }

    mutating func traceVisit(_ journey: Int32, unit: Int32, arrived: Double, wait: Double, work: Double) {
        journeys[Int(journey)].visits.append(.init(unit: Int(unit), arrived: arrived, wait: wait, work: work))
    }

    @inline(__always)
    mutating func decided(unit: Int) {
        unitDecisions[unit] &+= 1
        if unitDecisions[unit] == 0 { Self.carry(unit, into: &decisionWraps) }
    }

    /// A traced case was decided at `unit` (the answer may still travel down after).
    mutating func traceDecision(_ journey: Int32, unit: Int32) {
        journeys[Int(journey)].decisionUnit = Int(unit)
        journeys[Int(journey)].decisionVisit = journeys[Int(journey)].visits.count - 1
    }

    @inline(__always)
    mutating func carried(_ channel: Simulation.Channel) {
        switch channel {
        case .uplink(let unit):
            slots[unit].uplinkMessages &+= 1
            if slots[unit].uplinkMessages == 0 { Self.carry(unit, into: &uplinkWraps) }
        case .peer(let edge): peerMessages[edge] &+= 1
        case .skip, .direct: break
        }
    }

    /// A narrow count wrapped to zero: out of line, as it almost never runs.
    @inline(never)
    static func carry(_ unit: Int, into wraps: inout [Int: Int]) { wraps[unit, default: 0] += 1 }

    /// The top has learnt of a case (decided it, or received the report of its decision).
    mutating func topInformed(shock: Int16, at now: Double) {
        guard shock >= 0, shockDetected[Int(shock)].isNaN else { return }
        shockDetected[Int(shock)] = now
    }

    /// A case is done. Read through a pointer: passing the 160-byte record by value made a copy per case.
    @inline(__always)
    /// `extras`: the levers' record, when the case has one (nil: all its counts are zero).
    mutating func completed(_ pointer: UnsafePointer<CaseRecord>, extras: UnsafePointer<CaseExtras>?, at now: Double) {
        changeInSystem(by: -1, at: now)
        if let extras, extras.pointee.shock >= 0 {
            shockTurnaroundSum += now - pointer.pointee.arrival
            shockCompleted += 1
            shockLastResponse[Int(extras.pointee.shock)] = now
        }
        if let extras, extras.pointee.journey >= 0 {
            journeys[Int(extras.pointee.journey)].completion = now
        }
        guard isMeasured(arrival: pointer.pointee.arrival) else { return }
        completedCount += 1
        let turnaround = now - pointer.pointee.arrival
        turnarounds.append(turnaround)
        sums.turnaround += turnaround
        sums.wait += pointer.pointee.wait
        sums.work += pointer.pointee.work
        sums.transit += pointer.pointee.transit
        sums.decisionTime += pointer.pointee.decisionTime - pointer.pointee.arrival
        sums.services += Double(pointer.pointee.services)
        sums.messages += Double(pointer.pointee.messages)
        sums.fidelity += pointer.pointee.fidelity
        sums.answerFidelity += pointer.pointee.answerFidelity
        // An incident anywhere on the way, before or after the decision, spoils the outcome.
        let right = pointer.pointee.flags.contains(.correct) && pointer.pointee.flags.isDisjoint(with: [.corrupted, .wrongElsewhere])
        sums.correct += right ? 1 : 0
        var trips = 0
        // Adding a case without levers' counts would add zeros: the sums stay exactly as they are.
        if let extras = extras?.pointee {
            sums.trips += Double(extras.trips)
            sums.travel += extras.travel
            sums.bounces += Double(extras.bounces)
            sums.incidents += Double(extras.incidents)
            sums.leaks += Double(extras.leaks)
            sums.conflicts += Double(extras.conflicts)
            trips = Int(extras.trips)
        }
        // Same product as Satisfaction.of, with the trip factor's powers looked up (pow per case was 3%).
        let tripShare = trips >= 0 && trips < tripShares.count ? tripShares[trips] : pow(satisfaction.tripFactor, Double(trips))
        sums.satisfaction += exp(-turnaround / max(satisfaction.patience, 1e-12)) * tripShare
            * (right ? 1 : satisfaction.wrongDecisionFactor)
        if pointer.pointee.decisionLevel >= 0 { decisionsAtLevel[Int(pointer.pointee.decisionLevel)] += 1 }
    }

    mutating func sample(at now: Double) {
        var busyByLevel = Array(repeating: 0, count: model.levelCount)
        var staffByLevel = Array(repeating: 0, count: model.levelCount)
        for unit in 0..<model.unitCount {
            let kind = model.kind(of: unit)
            busyByLevel[Int(kind.level)] += Int(kind.staff - slots[unit].idle)
            staffByLevel[Int(kind.level)] += Int(kind.staff)
        }
        let utilisation = zip(busyByLevel, staffByLevel).map { $1 > 0 ? Double($0) / Double($1) : 0 }
        samples.append(TimeSample(time: now, backlog: inSystem, utilisationByLevel: utilisation))
    }
}

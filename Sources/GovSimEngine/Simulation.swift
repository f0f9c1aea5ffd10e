import GovSimModel

/// One replication of one variant: the event loop, the queues at every unit, and the cases in flight.
///
/// State lives in flat arrays indexed by unit and case number; an event is a 24-byte value. Nothing
/// is allocated per event, so the loop runs at the speed of the heap.
///
/// The tables are shared class instances, so a copy would share them and a second run would start
/// from the first one's end: a simulation is non-copyable and `run()` consumes it, which makes
/// "copied" and "ran twice" compile errors rather than wrong results.
public struct Simulation: ~Copyable {
    let model: CompiledModel
    let workload: CompiledWorkload
    let length: RunLength
    let departmentCount: Int

    var now = 0.0
    var sequence: UInt64 = 0
    let events = EventQueue()
    let cases = Column<CaseRecord>.empty()
    /// The levers' fields of each case, indexed like `cases` (but only as long as needed); read
    /// only when the case's `hasExtras` flag is set.
    let extras = Column<CaseExtras>.empty()
    var freeCase: Int32 = -1
    /// Every unit's record, queue, servers, authority and tallies: 32 bytes per unit, two units
    /// to a cache line (see ``UnitSlot``).
    let slots: Column<UnitSlot>
    /// The model's shared unit kinds, read through a plain pointer in the loop.
    let kinds: UnsafeMutablePointer<UnitKind>
    /// Service times, decisions and delays.
    var rng: Xoshiro256StarStar
    /// Arrival times, types, origins and departments: its own stream, so every variant of a
    /// scenario sees the same cases (common random numbers).
    var arrivalRNG: Xoshiro256StarStar
    var recorder: Recorder
    /// Outcomes each unit has learnt of (its position on the learning curve).
    let learnt: Column<Double>
    /// Known outcomes and right ones since the last evaluation.
    let knownDecisions: Column<Int32>
    let knownCorrect: Column<Int32>

    /// Streams of a replication, numbered so new ones can be added without changing the old.
    enum Stream: UInt64 { case arrivals = 1, service = 2, shocks = 3 }

    /// Shock arrivals and their departments: a stream of their own, like the steady arrivals.
    var shockRNG: Xoshiro256StarStar
    let shocks: [Shock]
    /// Asks for upcoming events' data ahead of time (Simulation+Prefetch); a test turns it off to
    /// check that it changes nothing.
    var prefetches: Bool

    public init(model: CompiledModel, workload: Workload, length: RunLength, seed: UInt64,
                replication: Int, options: RecorderOptions = RecorderOptions()) {
        self.model = model
        self.workload = CompiledWorkload(workload, frontLineUnits: model.frontLine.count)
        self.length = length
        self.departmentCount = model.structure.departments.count
        let count = model.unitCount
        slots = Column((0..<count).lazy.map { UnitSlot(record: model.units[$0], staff: model.kind(of: $0).staff,
                                                   authority: Int16(clamping: model.initialAuthority[$0])) })
        kinds = model.kinds.base
        prefetches = Self.outgrowsCache(unitCount: count)
        // Outcomes are tracked only under learning or evaluation: no columns otherwise.
        let tracked = model.levers.tracksOutcomes ? count : 0
        learnt = Column(repeating: 0, count: tracked)
        knownDecisions = Column(repeating: 0, count: tracked)
        knownCorrect = Column(repeating: 0, count: tracked)
        let replication = UInt64(replication)
        rng = Xoshiro256StarStar(seed: SplitMix64.streamSeed(seed: seed, replication: replication, stream: Stream.service.rawValue))
        arrivalRNG = Xoshiro256StarStar(seed: SplitMix64.streamSeed(seed: seed, replication: replication, stream: Stream.arrivals.rawValue))
        shockRNG = Xoshiro256StarStar(seed: SplitMix64.streamSeed(seed: seed, replication: replication, stream: Stream.shocks.rawValue))
        shocks = workload.shocks.filter { workload.caseTypes.indices.contains($0.caseType) }
        recorder = Recorder(model: model, length: length, shocks: shocks, satisfaction: workload.satisfaction, slots: slots,
                            arrivalRate: 1 / self.workload.meanGap, options: options)
    }

    /// Runs to the horizon and returns what was measured.
    public consuming func run() -> ReplicationResult {
        if workload.meanGap.isFinite { schedule(.arrival, at: arrivalRNG.exponential(mean: workload.meanGap), unit: -1, item: -1) }
        if recorder.sampleInterval != nil { schedule(.sample, at: 0, unit: -1, item: -1) }
        scheduleShocks()
        if let evaluation = model.levers.evaluation, evaluation.interval > 0 {
            schedule(.evaluate, at: evaluation.interval, unit: -1, item: -1)
        }
        let horizon = length.horizon
        events.reportsUpcoming = prefetches
        while let event = events.pop(notAfter: horizon) {
            events.forEachUpcoming { prefetchData(of: $0) }
            now = event.time
            switch event.kind {
            case .serviceDone: serviceDone(unit: event.unit, case: event.item)
            case .delivered: enqueue(event.item, at: event.unit)
            case .arrival: arrive()
            case .shockArrival:
                let type = shocks[Int(event.item)].caseType
                admit(at: event.unit, type: type, shock: Int16(truncatingIfNeeded: event.item))
            case .evaluate: evaluate()
            case .sample:
                recorder.sample(at: now)
                if let interval = recorder.sampleInterval { schedule(.sample, at: now + interval, unit: -1, item: -1) }
            }
        }
        now = horizon
        // Cases still open and pending events are not part of the result: give their memory back
        // before the result's per-unit arrays are built (at national scale, gigabytes).
        cases.removeAll()
        extras.removeAll()
        events.removeAll()
        var inService = 0
        for unit in 0..<slots.count { inService += Int(kinds[Int(slots[unit].kind)].staff - slots[unit].idle) }
        return recorder.finish(inService: inService)
    }

    // MARK: - Events

    @inline(__always)
    mutating func schedule(_ kind: Event.Kind, at time: Double, unit: Int32, item: Int32) {
        sequence &+= 1
        events.push(Event(time: time, kind: kind, sequence: sequence, unit: unit, item: item))
    }

    @inline(__always)
    mutating func arrive() {
        // Every draw goes into a local first: passing a draw of one of self's generators straight
        // into a method of self made the compiler copy all of self (hundreds of bytes per arrival).
        let gap = arrivalRNG.exponential(mean: workload.meanGap)
        schedule(.arrival, at: now + gap, unit: -1, item: -1)
        let position = arrivalRNG.uniform()
        let origin = model.frontLineUnit(at: position)
        let draw = arrivalRNG.uniform()
        let type = workload.caseType(for: draw)
        admit(at: origin, type: type, shock: -1)
        if prefetches { prefetchNextArrival() }
    }

    /// Every shock's cases, scheduled up front from the shock stream.
    mutating func scheduleShocks() {
        for (index, shock) in shocks.enumerated() {
            let width = shock.region.upperBound - shock.region.lowerBound
            for _ in 0..<shock.cases {
                let time = shock.time + shockRNG.uniform() * shock.duration
                let origin = model.frontLineUnit(at: shock.region.lowerBound + shockRNG.uniform() * width)
                schedule(.shockArrival, at: time, unit: origin, item: Int32(index))
            }
        }
    }

    /// A new case of `type` at the front-line unit `origin`.
    /// Department draws come from the stream that brought the case (steady or shock).
    @inline(__always)
    mutating func admit(at origin: Int32, type: Int, shock: Int16) {
        var needed: UInt64 = 0
        let home = departmentCount == 0 ? -1 : kinds[Int(slots[Int(origin)].kind)].department
        if home >= 0 { needed = UInt64(1) << UInt64(home) }
        let homeBit = needed
        // Always draw the same number of uniforms for a type, so streams stay aligned across variants.
        for _ in 0..<workload.otherDepartments[type] {
            let u = shock >= 0 ? shockRNG.uniform() : arrivalRNG.uniform()
            let free = departmentCount - needed.nonzeroBitCount
            if needed != 0, free > 0 { needed |= Self.nthClearBit(needed, Int(u * Double(free)), below: departmentCount) }
        }
        var record = CaseRecord(arrival: now, origin: origin, caseType: UInt16(type),
                                decisionClass: workload.decisionClass[type], needed: needed)
        let separate = model.levers.serviceMode != .internal
        // The other departments are visited in turn or asked at once: see Simulation+Levers.
        if separate { record.needed = homeBit }
        let index = allocate(record)
        if separate, needed & ~homeBit != 0 { extra(Int(index)).pointee.toVisit = needed & ~homeBit }
        if shock >= 0 { extra(Int(index)).pointee.shock = shock }
        let journey = recorder.caseArrived(origin: origin, at: now)
        if journey >= 0 { extra(Int(index)).pointee.journey = journey }
        if model.levers.intake == .inPerson {
            travel(index, to: origin)
        } else {
            enqueue(index, at: origin)
        }
    }

    static func nthClearBit(_ mask: UInt64, _ n: Int, below limit: Int) -> UInt64 {
        var remaining = n
        for bit in 0..<limit where mask & (UInt64(1) << UInt64(bit)) == 0 {
            if remaining == 0 { return UInt64(1) << UInt64(bit) }
            remaining -= 1
        }
        return 0
    }

    // MARK: - Queues

    @inline(__always)
    mutating func enqueue(_ item: Int32, at unit: Int32) {
        let u = Int(unit)
        cases[Int(item)].enqueuedAt = now
        if slots[u].idle > 0 {
            startService(item, at: unit)
        } else {
            cases[Int(item)].next = -1
            let tail = slots[u].tail
            if tail >= 0 { cases[Int(tail)].next = item } else { slots[u].head = item }
            slots[u].tail = item
        }
    }

    @inline(__always)
    mutating func startService(_ item: Int32, at unit: Int32) {
        let u = Int(unit)
        slots[u].idle &-= 1
        let kind = kinds[Int(slots[u].kind)]
        let duration = kind.service.sample(&rng)
        let c = Int(item)
        let waited = now - cases[c].enqueuedAt
        cases[c].wait += waited
        cases[c].work += duration
        cases[c].services &+= 1
        recorder.serviceStarted(unit: u, level: Int(kind.level), at: now, duration: duration, waited: waited)
        if cases[c].flags.contains(.hasExtras), extras[c].journey >= 0 {
            recorder.traceVisit(extras[c].journey, unit: unit, arrived: cases[c].enqueuedAt, wait: waited, work: duration)
        }
        schedule(.serviceDone, at: now + duration, unit: unit, item: item)
    }

    @inline(__always)
    mutating func serviceDone(unit: Int32, case item: Int32) {
        let u = Int(unit)
        slots[u].idle &+= 1
        let head = slots[u].head
        if head >= 0 {
            let following = cases[Int(head)].next
            slots[u].head = following
            if following < 0 { slots[u].tail = -1 }
            startService(head, at: unit)
        }
        route(item, from: unit)
    }

    // MARK: - Case records

    @inline(__always)
    mutating func allocate(_ record: CaseRecord) -> Int32 {
        if freeCase >= 0 {
            let index = freeCase
            freeCase = cases[Int(index)].next
            cases[Int(index)] = record
            return index
        }
        cases.append(record)
        if extras.count > 0 { extras.append(CaseExtras()) }
        return Int32(truncatingIfNeeded: cases.count - 1)
    }

    /// The levers' fields of a case, zeroed on first use.
    @inline(__always)
    mutating func extra(_ item: Int) -> UnsafeMutablePointer<CaseExtras> {
        if !cases[item].flags.contains(.hasExtras) { createExtras(item) }
        return extras.base + item
    }

    /// Out of line: inlined at each of the dozen places that ask for extras, it made their callers
    /// too large for the inliner, which then left hot steps such as `enqueue` as calls.
    @inline(never)
    mutating func createExtras(_ item: Int) {
        cases[item].flags.insert(.hasExtras)
        // Allocated on the first case that uses a lever, then kept as long as `cases` (see
        // `allocate`): it never grows here again, so a pointer from one call stays valid while
        // a second call in the same statement runs. Without levers it is never allocated.
        if extras.count < cases.count {
            extras.reserve(cases.count)
            while extras.count < cases.count { extras.append(CaseExtras()) }
        }
        extras[item] = CaseExtras()
    }

    /// The case's shock, journey, parent and consulted departments: kept in its extras, which a
    /// case has only when one of them (or a lever's count) is set.
    @inline(__always) func shock(of c: Int) -> Int16 { cases[c].flags.contains(.hasExtras) ? extras[c].shock : -1 }
    @inline(__always) func journey(of c: Int) -> Int32 { cases[c].flags.contains(.hasExtras) ? extras[c].journey : -1 }
    @inline(__always) func parent(of c: Int) -> Int32 { cases[c].flags.contains(.hasExtras) ? extras[c].parent : -1 }
    @inline(__always) func consulted(of c: Int) -> UInt64 { cases[c].flags.contains(.hasExtras) ? extras[c].consulted : 0 }

    @inline(__always)
    mutating func release(_ item: Int32) {
        cases[Int(item)].next = freeCase
        freeCase = item
    }
}

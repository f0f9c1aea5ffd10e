import GovSimModel

/// The documents' mechanisms beyond plain escalation: dual track, one-stop service, sequential
/// trips, multi-head management, learning and evaluation. Each acts only when its policy lever is
/// set, and draws random numbers only then, so a run without levers is unchanged by them.
extension Simulation {
    // MARK: - At the front office, before anything else

    /// Dual track still owes its paper approval, or a one-stop case still has to ask the others.
    @inline(__always)
    func needsFrontOfficeStep(_ item: Int32) -> Bool {
        let c = Int(item), policy = model.levers
        if policy.paperApproval, !cases[c].flags.contains(.paperApproved) { return true }
        return policy.serviceMode == .oneStop && cases[c].flags.contains(.hasExtras) && extras[c].toVisit != 0
    }

    mutating func frontOfficeStep(_ item: Int32, at unit: Int32) {
        let c = Int(item), superior = slots[Int(unit)].superior
        if model.levers.paperApproval, !cases[c].flags.contains(.paperApproved) {
            cases[c].flags.insert(.paperApproved)
            guard superior >= 0 else { return seekDecision(item, at: unit) }
            // Dual track (004): the file accepted online is carried on paper to the home unit.
            cases[c].phase = .paperApproval
            send(item, from: unit, to: superior, delay: model.levers.paperDelay, channel: .uplink(Int(unit)))
            return
        }
        askEveryDepartment(item, at: unit)
    }

    /// The home unit has signed the paper file; it goes back, on paper, to the front office.
    mutating func paperApproved(_ item: Int32, at unit: Int32) {
        let c = Int(item)
        cases[c].phase = .seekingDecision
        let origin = cases[c].origin
        send(item, from: unit, to: origin, delay: model.levers.paperDelay, channel: .uplink(Int(origin)))
    }

    // MARK: - One-stop service and sequential trips

    /// One-stop (002, 003): the front office sends a request to the opposite office of every other
    /// department at once, over its platform link when it has one, and waits for all answers.
    mutating func askEveryDepartment(_ item: Int32, at unit: Int32) {
        let c = Int(item), u = Int(unit)
        var departments = extra(c).pointee.toVisit
        extra(c).pointee.toVisit = 0
        var edge = -1
        if let first = model.peers.edges(of: u).first, kinds[Int(slots[Int(model.peers.target[first])].kind)].isPlatform {
            edge = first
        }
        while departments != 0 {
            let department = departments.trailingZeroBitCount
            departments &= departments - 1
            let bit = UInt64(1) << UInt64(department)
            let office = model.counterpart(of: unit, in: department)
            guard office >= 0 else { extra(c).pointee.consulted |= bit; continue }
            var request = CaseRecord(arrival: now, origin: office, caseType: cases[c].caseType,
                                     decisionClass: cases[c].decisionClass, needed: bit)
            let index = allocate(request)
            extra(Int(index)).pointee.parent = item
            extra(c).pointee.pending &+= 1
            send(index, from: unit, to: office, delay: edge >= 0 ? model.peers.delay[edge] : Sampler(.zero),
                 channel: edge >= 0 ? .peer(edge) : .direct)
        }
        if extra(Int(item)).pointee.pending == 0 { seekDecision(item, at: unit) }
    }

    /// A sub-request's answer reached the office that asked: fold it into its case, and once all
    /// answers are in, the case goes on to its decision.
    mutating func subRequestReturned(_ item: Int32, at unit: Int32) {
        let parent = Int(parent(of: Int(item)))
        // The other department's decision is part of the case: its errors and losses carry over.
        if !cases[Int(item)].flags.contains(.correct) || !cases[Int(item)].flags.isDisjoint(with: [.corrupted, .wrongElsewhere]) {
            cases[parent].flags.insert(.wrongElsewhere)
        }
        cases[parent].fidelity *= cases[Int(item)].fidelity
        let own = extra(Int(item)).pointee
        let total = extra(parent)
        total.pointee.incidents &+= own.incidents
        total.pointee.bounces &+= own.bounces
        total.pointee.leaks &+= own.leaks
        total.pointee.conflicts &+= own.conflicts
        extra(parent).pointee.consulted |= cases[Int(item)].needed
        cases[parent].services &+= cases[Int(item)].services
        cases[parent].messages &+= cases[Int(item)].messages
        extra(parent).pointee.pending &-= 1
        release(item)
        if extra(parent).pointee.pending == 0 { enqueue(Int32(parent), at: cases[parent].origin) }
    }

    /// The answer has reached the front office the case is at: a sub-request reports back, a
    /// citizen on sequential trips goes on to the next department, anyone else is done.
    @inline(__always)
    mutating func answered(_ item: Int32) {
        let c = Int(item)
        if parent(of: c) >= 0 {
            let home = cases[Int(extras[c].parent)].origin
            cases[c].phase = .reporting
            send(item, from: cases[c].origin, to: home, delay: Sampler(.zero), channel: .direct)
            return
        }
        while model.levers.serviceMode == .sequentialTrips, extra(c).pointee.toVisit != 0 {
            let department = extra(c).pointee.toVisit.trailingZeroBitCount
            extra(c).pointee.toVisit &= extra(c).pointee.toVisit - 1
            let office = model.counterpart(of: cases[c].origin, in: department)
            guard office >= 0 else { continue }
            // This department's decision stands; a wrong one spoils the whole case.
            if !cases[c].flags.contains(.correct) || cases[c].flags.contains(.corrupted) { cases[c].flags.insert(.wrongElsewhere) }
            cases[c].flags.remove(.corrupted)
            // The citizen carries the file to the next department's office (004: "run errands").
            cases[c].origin = office
            cases[c].needed = UInt64(1) << UInt64(department)
            if cases[c].flags.contains(.hasExtras) { extras[c].consulted = 0 }
            cases[c].phase = .seekingDecision
            travel(item, to: office)
            return
        }
        complete(item)
    }

    /// The citizen travels to `office`: one trip, and the time it takes.
    mutating func travel(_ item: Int32, to office: Int32) {
        let c = Int(item)
        let duration = model.levers.tripTime.sample(&rng)
        extra(c).pointee.trips &+= 1
        extra(c).pointee.travel += duration
        if duration > 0 {
            schedule(.delivered, at: now + duration, unit: office, item: item)
        } else {
            enqueue(item, at: office)
        }
    }

    // MARK: - Multi-head management

    /// A unit with a second superior gets a second directive; when the two conflict the unit takes
    /// the case to that superior to settle it before going on. Returns true when it did.
    mutating func conflicts(_ item: Int32, at unit: Int32) -> Bool {
        let c = Int(item)
        guard let edge = model.dotted.edges(of: Int(unit)).first, !cases[c].flags.contains(.reconciled),
              rng.uniform() < model.levers.conflictProbability else { return false }
        extra(c).pointee.conflicts &+= 1
        cases[c].phase = .reconciling
        extra(c).pointee.requester = unit
        send(item, from: unit, to: model.dotted.target[edge], delay: model.dotted.delay[edge], channel: .direct)
        return true
    }

    mutating func reconciled(_ item: Int32, at unit: Int32) {
        let c = Int(item)
        cases[c].phase = .answering
        cases[c].flags.insert(.reconciled)
        let requester = extra(c).pointee.requester
        // Back over the requester's own dotted line (the case came from there).
        let edge = model.dotted.edges(of: Int(requester)).first
        send(item, from: unit, to: requester, delay: edge.map { model.dotted.delay[$0] } ?? Sampler(.zero), channel: .direct)
    }

    // MARK: - Learning and evaluation

    /// The unit's current error rate: its own, or the learning curve's for a unit below the top.
    @inline(__always)
    func errorRate(of unit: Int32) -> Double {
        let u = Int(unit)
        guard let learning = model.levers.learning, slots[u].superior >= 0 else { return kinds[Int(slots[u].kind)].errorRate }
        return learning.errorRate(afterLearning: learnt[Int(unit)])
    }

    /// A unit learns the outcome of a decision when a citizen tells it (feedback) or when an
    /// inspection does; known outcomes feed both its learning curve and its evaluation.
    @inline(never)
    mutating func learnOutcome(of item: Int32, at unit: Int32) {
        guard model.levers.feedback || rng.uniform() < model.levers.inspectionRate else { return }
        let u = Int(unit)
        learnt[u] += 1
        knownDecisions[u] &+= 1
        if cases[Int(item)].flags.contains(.correct) { knownCorrect[u] &+= 1 }
    }

    /// Periodic evaluation: authority moves toward units whose known decisions were right often
    /// enough, and away from the others, never below where it started nor over three classes more.
    mutating func evaluate() {
        guard let evaluation = model.levers.evaluation else { return }
        for unit in 0..<model.unitCount where slots[unit].superior >= 0 && !kinds[Int(slots[unit].kind)].isPlatform {
            defer { knownDecisions[unit] = 0; knownCorrect[unit] = 0 }
            guard knownDecisions[unit] >= 3 else { continue }
            let accuracy = Double(knownCorrect[unit]) / Double(knownDecisions[unit])
            let base = model.initialAuthority[unit]
            let now = Int32(slots[unit].authority)
            slots[unit].authority = Int16(clamping: accuracy >= evaluation.threshold ? min(now + 1, base &+ 3) : max(now - 1, base))
        }
        schedule(.evaluate, at: now + evaluation.interval, unit: -1, item: -1)
    }
}

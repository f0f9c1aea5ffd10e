import GovSimModel

/// What a unit does with a case it has finished serving: decide, escalate, consult a peer, or pass
/// the answer down. One rule set for every structure; only the model's numbers differ.
extension Simulation {
    /// The link a message crosses, for the traffic counts on the charts.
    enum Channel {
        case uplink(Int)
        case peer(Int)
        case skip(Int)
        /// Not along a drawn link (a one-stop request routed by the platform, a dotted line).
        case direct
    }

    @inline(__always)
    mutating func route(_ item: Int32, from unit: Int32) {
        let c = Int(item)
        switch cases[c].phase {
        case .seekingDecision: seekDecision(item, at: unit)
        case .consulting: returnFromPeer(item, at: unit)
        case .answering:
            if model.levers.conflictProbability > 0, conflicts(item, at: unit) { return }
            cases[c].flags.remove(.reconciled)
            if unit == cases[c].origin {
                answered(item)
            } else {
                passedOn(item, by: unit)
                answerDown(item, from: unit)
            }
        case .notifying: relayReport(item, at: unit)
        case .paperApproval: paperApproved(item, at: unit)
        case .reconciling: reconciled(item, at: unit)
        case .reporting: subRequestReturned(item, at: unit)
        }
    }

    /// A report climbs on, or the top has learnt of the case.
    @inline(never)
    mutating func relayReport(_ item: Int32, at unit: Int32) {
        if slots[Int(unit)].superior < 0 {
            recorder.topInformed(shock: shock(of: Int(item)), at: now)
            release(item)
        } else {
            escalate(item, from: unit)
        }
    }

    /// A unit decides when it holds the authority and has every department's input it needs;
    /// it asks a peer or the platform for missing input when the policy lets it, and otherwise
    /// escalates. A top unit always decides in the end: there is no one left to ask.
    @inline(__always)
    mutating func seekDecision(_ item: Int32, at unit: Int32) {
        let c = Int(item), u = Int(unit)
        if unit == cases[c].origin, needsFrontOfficeStep(item), parent(of: c) < 0 {
            frontOfficeStep(item, at: unit)
            return
        }
        // Each step below has one call site: inlined at two, they made this function too large
        // for the inliner, which then left the steps after them as calls.
        let isTop = slots[u].superior < 0
        if isTop || slots[u].authority >= cases[c].decisionClass {
            // Most cases need no other department: then the jurisdiction is not even read.
            let needed = cases[c].needed
            let missing = needed == 0 ? 0 : needed & ~(model.jurisdiction[u] | consulted(of: c))
            if missing != 0, model.levers.peerConsultation, let edge = peerCovering(missing, of: u) {
                return consult(item, at: unit, over: edge)
            }
            if missing == 0 || isTop { return decide(item, at: unit) }
        }
        escalateOrPassBack(item, from: unit)
    }

    /// Asks a peer or the platform for a department's input; the case comes back over the same edge.
    @inline(never)
    mutating func consult(_ item: Int32, at unit: Int32, over edge: Int) {
        let c = Int(item)
        cases[c].phase = .consulting
        extra(c).pointee.requester = unit
        extra(c).pointee.consultEdge = Int32(edge)
        cases[c].fidelity *= kinds[Int(slots[Int(unit)].kind)].fidelity
        send(item, from: unit, to: model.peers.target[edge], delay: model.peers.delay[edge], channel: .peer(edge))
    }

    /// The first consultation edge (platforms first, then peers in unit order) whose far end
    /// holds a missing department's data.
    @inline(__always)
    func peerCovering(_ missing: UInt64, of unit: Int) -> Int? {
        for edge in model.peers.edges(of: unit) where model.jurisdiction[Int(model.peers.target[edge])] & missing != 0 {
            return edge
        }
        return nil
    }

    /// The peer or platform has given its input; the case goes back over the same link.
    mutating func returnFromPeer(_ item: Int32, at unit: Int32) {
        let c = Int(item), u = Int(unit)
        extra(c).pointee.consulted |= model.jurisdiction[u]
        cases[c].phase = .seekingDecision
        cases[c].fidelity *= kinds[Int(slots[u].kind)].fidelity
        let edge = Int(extra(c).pointee.consultEdge)
        send(item, from: unit, to: extra(c).pointee.requester, delay: model.peers.delay[edge], channel: .peer(edge))
    }

    /// An intermediate unit may pass the case back instead of on ("pass the buck", 001); the
    /// sender then resubmits it. Otherwise it escalates.
    @inline(__always)
    mutating func escalateOrPassBack(_ item: Int32, from unit: Int32) {
        let c = Int(item)
        let intermediate = unit != cases[c].origin
        if intermediate, model.levers.buckPassing > 0, passesBack(item, from: unit) { return }
        cases[c].flags.remove(.resubmitted)
        if intermediate { passedOn(item, by: unit) }
        escalate(item, from: unit)
    }

    /// Buck passing: sends the case back to where it came from, unless it was resubmitted already.
    @inline(never)
    mutating func passesBack(_ item: Int32, from unit: Int32) -> Bool {
        let c = Int(item)
        guard !cases[c].flags.contains(.resubmitted), cases[c].flags.contains(.hasExtras), extras[c].previous >= 0,
              rng.uniform() < model.levers.buckPassing else { return false }
        extra(c).pointee.bounces &+= 1
        cases[c].flags.insert(.resubmitted)
        let previous = extras[c].previous
        let below = slots[Int(previous)].superior == unit
        send(item, from: unit, to: previous, delay: below ? kinds[Int(slots[Int(previous)].kind)].uplinkDelay : Sampler(.zero),
             channel: below ? .uplink(Int(previous)) : .direct)
        return true
    }

    /// Waste or corruption may strike at every intermediate hop (001).
    @inline(__always)
    mutating func passedOn(_ item: Int32, by unit: Int32) {
        guard model.levers.corruption > 0, rng.uniform() < model.levers.corruption else { return }
        extra(Int(item)).pointee.incidents &+= 1
        cases[Int(item)].flags.insert(.corrupted)
    }

    /// Up one level, or straight to a higher superior over a skip-level line when the policy allows
    /// and that superior has the authority. Each pass-on loses information (`fidelity`).
    @inline(__always)
    mutating func escalate(_ item: Int32, from unit: Int32) {
        let c = Int(item), u = Int(unit)
        let kind = kinds[Int(slots[u].kind)]
        cases[c].fidelity *= kind.fidelity
        if model.levers.skipLevel, !model.skips.isEmpty(for: u), skipsLevels(item, from: unit) { return }
        send(item, from: unit, to: slots[u].superior, delay: kind.uplinkDelay, channel: .uplink(u))
    }

    /// Over a skip-level line to the highest superior with the authority, if any has it.
    @inline(never)
    mutating func skipsLevels(_ item: Int32, from unit: Int32) -> Bool {
        var best = -1
        for edge in model.skips.edges(of: Int(unit)) {
            let target = Int(model.skips.target[edge])
            if slots[target].authority >= cases[Int(item)].decisionClass,
               best < 0 || level(of: target) > level(of: Int(model.skips.target[best])) {
                best = edge
            }
        }
        guard best >= 0 else { return false }
        send(item, from: unit, to: model.skips.target[best], delay: model.skips.delay[best], channel: .skip(best))
        return true
    }

    @inline(__always)
    func level(of unit: Int) -> Int16 { kinds[Int(slots[unit].kind)].level }

    @inline(__always)
    mutating func decide(_ item: Int32, at unit: Int32) {
        let c = Int(item), u = Int(unit)
        cases[c].phase = .answering
        cases[c].decisionTime = now
        cases[c].decisionLevel = level(of: u)
        // A decision taken on distorted information is right less often.
        let rightChance = cases[c].fidelity * (1 - errorRate(of: unit))
        let right = !cases[c].flags.contains(.corrupted) && rng.uniform() < rightChance
        // Set or cleared: a case may be decided again (another department's part).
        cases[c].flags = cases[c].flags.subtracting(.correct).union(right ? .correct : [])
        recorder.decided(unit: Int(unit))
        if journey(of: c) >= 0 { recorder.traceDecision(extras[c].journey, unit: unit) }
        if model.levers.tracksOutcomes { learnOutcome(of: item, at: unit) }
        if slots[u].superior < 0 {
            recorder.topInformed(shock: shock(of: c), at: now)
        } else if workload.notifyTop[Int(cases[c].caseType)] {
            notifyTop(about: item, from: unit)
        }
        let origin = cases[c].origin
        if unit == origin {
            answered(item)
        } else if model.levers.directReply {
            replyDirectly(item, from: unit)
        } else {
            answerDown(item, from: unit)
        }
    }

    /// Direct reply: the decider answers the front-line unit itself.
    @inline(never)
    mutating func replyDirectly(_ item: Int32, from unit: Int32) {
        let c = Int(item), origin = cases[c].origin
        cases[c].answerFidelity *= kinds[Int(slots[Int(unit)].kind)].fidelity
        send(item, from: unit, to: origin, delay: kinds[Int(slots[Int(origin)].kind)].uplinkDelay, channel: .uplink(Int(origin)))
    }

    /// One level down toward the front-line unit where the case arrived.
    @inline(__always)
    mutating func answerDown(_ item: Int32, from unit: Int32) {
        let origin = cases[Int(item)].origin
        var child = origin
        while true {
            let superior = slots[Int(child)].superior
            if superior == unit || superior < 0 { break }
            child = superior
        }
        if slots[Int(child)].superior != unit { child = origin }  // not below `unit`: go direct
        cases[Int(item)].answerFidelity *= kinds[Int(slots[Int(unit)].kind)].fidelity
        send(item, from: unit, to: child, delay: kinds[Int(slots[Int(child)].kind)].uplinkDelay, channel: .uplink(Int(child)))
    }

    /// A report of a decided case climbs the line to the top; it costs every unit on the way a
    /// service, and the top's service of it is when the top learns.
    mutating func notifyTop(about item: Int32, from unit: Int32) {
        var report = CaseRecord(arrival: now, origin: unit, caseType: cases[Int(item)].caseType,
                                decisionClass: .max, needed: 0)
        report.phase = .notifying
        let shock = shock(of: Int(item))
        let index = allocate(report)
        if shock >= 0 { extra(Int(index)).pointee.shock = shock }
        escalate(index, from: unit)
    }

    @inline(__always)
    mutating func send(_ item: Int32, from unit: Int32, to target: Int32, delay: Sampler, channel: Channel) {
        let c = Int(item)
        cases[c].messages &+= 1
        if model.levers.buckPassing > 0 { extra(c).pointee.previous = unit }
        recorder.carried(channel)
        var duration = delay.isZero ? 0 : delay.sample(&rng)
        if model.levers.isolatedNetworks || model.levers.leakProbability > 0 { duration += crossNetworks(item, from: unit, to: target) }
        if duration == 0 {
            enqueue(item, at: target)
        } else {
            cases[c].transit += duration
            schedule(.delivered, at: now + duration, unit: target, item: item)
        }
    }

    /// Isolated networks: the gateway's delay (returned) and the chance of a leak.
    @inline(never)
    mutating func crossNetworks(_ item: Int32, from unit: Int32, to target: Int32) -> Double {
        let crossing = model.levers.crossing(from: kinds[Int(slots[Int(unit)].kind)].isExternal,
                                             to: kinds[Int(slots[Int(target)].kind)].isExternal)
        let delay = crossing.gateway ? model.levers.gatewayDelay.sample(&rng) : 0
        if crossing.mayLeak, rng.uniform() < model.levers.leakProbability { extra(Int(item)).pointee.leaks &+= 1 }
        return delay
    }

    @inline(__always)
    mutating func complete(_ item: Int32) {
        let c = Int(item)
        recorder.completed(UnsafePointer(cases.base + c), extras: cases[c].flags.contains(.hasExtras) ? UnsafePointer(extras.base + c) : nil,
                           at: now)
        release(item)
    }
}

import GovSimModel

/// What a unit does with a case it has finished serving: decide, escalate, consult a peer, or pass
/// the answer down. One rule set for every structure; only the model's numbers differ.
extension Simulation {
    /// The link a message crosses, for the traffic counts on the charts.
    enum Channel {
        case uplink(Int)
        case peer(Int)
        case skip(Int)
    }

    @inline(__always)
    mutating func route(_ item: Int32, from unit: Int32) {
        let c = Int(item)
        switch cases[c].phase {
        case .seekingDecision: seekDecision(item, at: unit)
        case .consulting: returnFromPeer(item, at: unit)
        case .answering:
            if unit == cases[c].origin { complete(item) } else { answerDown(item, from: unit) }
        case .notifying:
            if model.units[Int(unit)].superior < 0 {
                recorder.topInformed(shock: cases[c].shock, at: now)
                release(item)
            } else {
                escalate(item, from: unit)
            }
        }
    }

    /// A unit decides when it holds the authority and has every department's input it needs;
    /// it asks a peer for missing input when the policy lets it, and otherwise escalates.
    /// A top unit always decides in the end: there is no one left to ask.
    @inline(__always)
    mutating func seekDecision(_ item: Int32, at unit: Int32) {
        let c = Int(item), record = model.units[Int(unit)]
        guard record.superior < 0 || record.authority >= cases[c].decisionClass else {
            escalate(item, from: unit)
            return
        }
        let missing = cases[c].needed & ~(record.jurisdiction | cases[c].consulted)
        if missing != 0, model.policy.peerConsultation, let edge = peerCovering(missing, of: record) {
            cases[c].phase = .consulting
            cases[c].requester = unit
            cases[c].fidelity *= record.fidelity
            send(item, to: model.peerTarget[edge], delay: model.peerDelay[edge], channel: .peer(edge))
        } else if missing == 0 || record.superior < 0 {
            decide(item, at: unit)
        } else {
            escalate(item, from: unit)
        }
    }

    /// The first peer (in unit order) whose jurisdiction covers a missing department.
    @inline(__always)
    func peerCovering(_ missing: UInt64, of record: UnitRecord) -> Int? {
        var edge = Int(record.peerStart)
        while edge < Int(record.peerEnd) {
            if model.units[Int(model.peerTarget[edge])].jurisdiction & missing != 0 { return edge }
            edge += 1
        }
        return nil
    }

    /// The peer has given its department's input; the case goes back to the unit that asked.
    mutating func returnFromPeer(_ item: Int32, at unit: Int32) {
        let c = Int(item), record = model.units[Int(unit)]
        cases[c].consulted |= record.jurisdiction
        cases[c].phase = .seekingDecision
        cases[c].fidelity *= record.fidelity
        let requester = cases[c].requester
        var edge = Int(record.peerStart)
        while edge < Int(record.peerEnd), model.peerTarget[edge] != requester { edge += 1 }
        let delay = edge < Int(record.peerEnd) ? model.peerDelay[edge] : Sampler(.zero)
        send(item, to: requester, delay: delay, channel: .peer(min(edge, Int(record.peerEnd) - 1)))
    }

    /// Up one level, or straight to a higher superior over a skip-level line when the policy allows
    /// and that superior has the authority. Each pass-on loses information (`fidelity`).
    @inline(__always)
    mutating func escalate(_ item: Int32, from unit: Int32) {
        let c = Int(item), record = model.units[Int(unit)]
        cases[c].fidelity *= record.fidelity
        if model.policy.skipLevel, record.skipStart < record.skipEnd {
            var best = -1
            for edge in Int(record.skipStart)..<Int(record.skipEnd) {
                let target = model.units[Int(model.skipTarget[edge])]
                if target.authority >= cases[c].decisionClass,
                   best < 0 || target.level > model.units[Int(model.skipTarget[best])].level {
                    best = edge
                }
            }
            if best >= 0 {
                send(item, to: model.skipTarget[best], delay: model.skipDelay[best], channel: .skip(best))
                return
            }
        }
        send(item, to: record.superior, delay: record.uplinkDelay, channel: .uplink(Int(unit)))
    }

    mutating func decide(_ item: Int32, at unit: Int32) {
        let c = Int(item), record = model.units[Int(unit)]
        cases[c].phase = .answering
        cases[c].decisionTime = now
        cases[c].decisionLevel = record.level
        // A decision taken on distorted information is right less often.
        cases[c].correct = rng.uniform() < cases[c].fidelity * (1 - record.errorRate)
        recorder.decided(unit: Int(unit))
        if record.superior < 0 {
            recorder.topInformed(shock: cases[c].shock, at: now)
        } else if workload.notifyTop[Int(cases[c].caseType)] {
            notifyTop(about: item, from: unit)
        }
        let origin = cases[c].origin
        if unit == origin {
            complete(item)
        } else if model.policy.directReply {
            send(item, to: origin, delay: model.units[Int(origin)].uplinkDelay, channel: .uplink(Int(origin)))
        } else {
            answerDown(item, from: unit)
        }
    }

    /// One level down toward the front-line unit where the case arrived.
    @inline(__always)
    mutating func answerDown(_ item: Int32, from unit: Int32) {
        let origin = cases[Int(item)].origin
        var child = origin
        while true {
            let superior = model.units[Int(child)].superior
            if superior == unit || superior < 0 { break }
            child = superior
        }
        if model.units[Int(child)].superior != unit { child = origin }  // not below `unit`: go direct
        send(item, to: child, delay: model.units[Int(child)].uplinkDelay, channel: .uplink(Int(child)))
    }

    /// A report of a decided case climbs the line to the top; it costs every unit on the way a
    /// service, and the top's service of it is when the top learns.
    mutating func notifyTop(about item: Int32, from unit: Int32) {
        var report = CaseRecord(arrival: now, origin: unit, caseType: cases[Int(item)].caseType,
                                decisionClass: .max, needed: 0)
        report.phase = .notifying
        report.shock = cases[Int(item)].shock
        let index = allocate(report)
        escalate(index, from: unit)
    }

    @inline(__always)
    mutating func send(_ item: Int32, to target: Int32, delay: Sampler, channel: Channel) {
        let c = Int(item)
        cases[c].messages &+= 1
        recorder.carried(channel)
        if delay.isZero {
            enqueue(item, at: target)
        } else {
            let duration = delay.sample(&rng)
            cases[c].transit += duration
            schedule(.delivered, at: now + duration, unit: target, item: item)
        }
    }

    mutating func complete(_ item: Int32) {
        recorder.completed(cases[Int(item)], at: now)
        release(item)
    }
}

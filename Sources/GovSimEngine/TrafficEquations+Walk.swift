import GovSimModel

/// The departments a case needs: its origin's own (`home`) and `draws` others drawn uniformly
/// without replacement from `free` (``Simulation/admit``), so every subset of that size is
/// equally likely. Routing asks only whether the needed set lies within a cover, or meets a set:
/// both have closed forms (hypergeometric), so no subset is ever enumerated.
struct NeededDepartments {
    let home: UInt64
    let free: UInt64
    let draws: Int

    /// The chance that every needed department is in `cover`.
    func allWithin(_ cover: UInt64) -> Double {
        guard home & ~cover == 0 else { return 0 }
        return Self.allAmong((free & cover).nonzeroBitCount, of: free.nonzeroBitCount, draws: draws)
    }

    /// The chance that some needed department is in `set`.
    func anyIn(_ set: UInt64) -> Double {
        if home & set != 0 { return 1 }
        return 1 - Self.allAmong((free & ~set).nonzeroBitCount, of: free.nonzeroBitCount, draws: draws)
    }

    /// C(a, k) / C(n, k): the chance that k draws from n all fall among a given a of them.
    static func allAmong(_ a: Int, of n: Int, draws k: Int) -> Double {
        guard k > 0 else { return 1 }
        guard a >= k else { return 0 }
        var chance = 1.0
        for i in 0..<k { chance *= Double(a - i) / Double(n - i) }
        return chance
    }
}

extension TrafficEquations {
    /// Expected services of one case of `type` arriving at `chain[0]`: the rules of
    /// `Simulation.seekDecision` and its steps, as expectations over the departments it needs.
    ///
    /// The route up is fixed by authority alone; a unit with the authority (or the top) consults
    /// its peers and decides when the needed departments lie within what it and those peers
    /// cover. Jurisdictions grow up the chain (a superior's covers its subordinates'), and a peer
    /// is consulted exactly when the case needs a department that it is the first edge to cover,
    /// so "decided by the s-th such unit" is "the needed set lies within the s-th cover and not
    /// the one before": a difference of two closed forms.
    func pattern(along chain: [Int], type: Int, needed: NeededDepartments, notes: inout Notes) -> VisitPattern {
        let decisionClass = workload.decisionClass[type]
        let top = chain.count - 1
        var pattern = VisitPattern(length: chain.count)
        var decided = 0.0, cover: UInt64 = 0
        var position = 0, sender = 0
        while true {
            let unit = chain[position]
            pattern.chain[position] += 1 - decided
            var consulting: UInt64 = 0
            if position == top || authority(of: unit) >= decisionClass {
                let before = decided
                let own = cover | jurisdiction(of: unit)
                cover = consult(at: position, of: chain, own: own, needed: needed, into: &pattern)
                consulting = cover & ~own
                decided = position == top ? 1 : needed.allWithin(cover)
                answer(from: position, of: chain, type: type, weight: decided - before, into: &pattern, notes: &notes)
            }
            if position == top || decided >= 1 { break }
            if position > 0, levers.buckPassing > 0 {
                passBack(at: position, to: sender, escalating: 1 - decided, into: &pattern)
                // A case passed back after a consultation goes to that peer, which routes it as if
                // it were its own: a path the equations do not follow.
                let consultedFirst = (1 - decided) - (needed.allWithin(~consulting) - needed.allWithin(cover & ~consulting))
                if consulting != 0, consultedFirst > 1e-12 { notes.approximations.insert(.buckPassingAfterConsultation) }
            }
            sender = position
            position = escalation(from: position, of: chain, decisionClass: decisionClass)
        }
        return pattern
    }

    /// Peers and platforms asked in edge order (`peerCovering`): an edge is asked when the case
    /// needs a department it is the first to cover beyond `own`. Each answer is served again at the
    /// asking unit. Returns the cover after all of them (what the unit could have learnt).
    private func consult(at position: Int, of chain: [Int], own: UInt64, needed: NeededDepartments,
                         into pattern: inout VisitPattern) -> UInt64 {
        let unit = chain[position]
        guard levers.peerConsultation, departmentCount > 0 else { return own }
        var scanned = own
        for (slot, edge) in model.peerEdges(of: unit).enumerated() {
            let covers = jurisdiction(of: Int(model.peers.target[edge]))
            let fresh = covers & ~scanned
            scanned |= covers
            guard fresh != 0 else { continue }
            let asked = needed.anyIn(fresh)
            guard asked > 0 else { continue }
            pattern.peers.append((position, slot, asked))
            pattern.chain[position] += asked
        }
        return scanned
    }

    /// The answer of a case decided at `position` (with probability `weight`) goes down through
    /// every unit below it to the front line, or straight there under direct reply; a report
    /// climbs to the top when the type asks for one.
    private func answer(from position: Int, of chain: [Int], type: Int, weight: Double, into pattern: inout VisitPattern,
                        notes: inout Notes) {
        guard weight > 0 else { return }
        if position > 0 {
            for below in levers.directReply ? 0..<1 : 0..<position {
                pattern.chain[below] += weight
                // Multi-head: a unit with a second superior may have to settle a conflict there
                // first, and serves the answer again when it comes back (`conflicts`, `reconciled`).
                if levers.conflictProbability > 0, !model.dotted.isEmpty(for: chain[below]) {
                    let conflicts = weight * levers.conflictProbability
                    pattern.chain[below] += conflicts
                    pattern.dotted.append((below, conflicts))
                }
            }
        }
        guard workload.notifyTop[type], position < chain.count - 1 else { return }
        notes.forks = true
        var at = position
        while at < chain.count - 1 {
            at = escalation(from: at, of: chain, decisionClass: .max)  // a report's class (`notifyTop`)
            pattern.chain[at] += weight
        }
    }

    /// Buck passing (`passesBack`): each time the case comes to pass on, it goes back to its sender
    /// with probability b, which serves it and sends it again: b / (1 - b) more services at both.
    private func passBack(at position: Int, to sender: Int, escalating: Double, into pattern: inout VisitPattern) {
        let b = levers.buckPassing
        let bounces = b < 1 ? escalating * b / (1 - b) : .infinity
        pattern.chain[position] += bounces
        pattern.chain[sender] += bounces
    }

    /// Where `escalate` sends a case from `position`: over a skip-level line to the superior
    /// `skipsLevels` picks (the deepest one with the authority), else one level up.
    func escalation(from position: Int, of chain: [Int], decisionClass: Int16) -> Int {
        let unit = chain[position]
        guard levers.skipLevel, !model.skips.isEmpty(for: unit) else { return position + 1 }
        var best = -1
        for edge in model.skips.edges(of: unit) {
            let target = Int(model.skips.target[edge])
            if authority(of: target) >= decisionClass,
               best < 0 || model.level(of: target) > model.level(of: Int(model.skips.target[best])) {
                best = edge
            }
        }
        guard best >= 0 else { return position + 1 }
        return position + model.level(of: unit) - model.level(of: Int(model.skips.target[best]))
    }

    /// Authority as a unit's slot holds it at the start of a run.
    func authority(of unit: Int) -> Int16 { Int16(clamping: model.initialAuthority[unit]) }

    func jurisdiction(of unit: Int) -> UInt64 { departmentCount == 0 ? 0 : model.jurisdiction[unit] }
}

import GovSimModel

extension TrafficEquations {
    /// Front-line units grouped so that the units of a group route every case alike: along their
    /// chains (origin first, top last) each position holds a unit of the same authority,
    /// department, jurisdiction and side channels as the same position in the other chains.
    ///
    /// A chain is named by its top-down signature: each unit's is its superior's group number plus
    /// what the routing rules read of the unit itself, interned as a small integer. Neighbours are
    /// mostly alike (a generated tree's units of a level are), so most units cost a comparison with
    /// the last signature rather than a hash: 2.4 million units take about 0.1 s.
    struct ChainGroups {
        /// The group of each front-line unit, in ``CompiledModel/frontLine`` order.
        let group: [Int32]
        /// A front-line unit of each group, whose chain stands for all of them.
        let representatives: [Int]

        /// What routing reads of one unit, with its superior's chain number.
        private struct Signature: Hashable {
            let superior: Int32
            let authority: Int16
            let department: Int16
            let side: Int32
            let jurisdiction: UInt64
        }

        /// The unit's channels beside the reporting line, as routing reads them: the jurisdictions
        /// behind its consultation edges in order, the heights of its skip-level lines, whether it
        /// has a second superior. Only those the policy uses.
        private struct Side: Hashable {
            var peers: [UInt64] = []
            var skips: [Int] = []
            var dotted = false
        }

        init(_ equations: TrafficEquations) {
            // Everything read per unit is held in locals: read through the model at every unit,
            // each column was retained and released, which took most of the time.
            let model = equations.model, levers = equations.levers, records = equations.records, kinds = model.kinds
            let peers = model.peers, skips = model.skips, dotted = model.dotted
            let authority = model.initialAuthority, jurisdiction = model.jurisdiction, departments = equations.departmentCount
            let readsPeers = levers.peerConsultation && equations.departmentCount > 0
            let readsDotted = levers.conflictProbability > 0
            var chainOf = [Int32](repeating: -1, count: model.unitCount)
            var signatures: [Signature: Int32] = [:]
            var sides: [Side: Int32] = [:]
            var last: (Signature, Int32)?
            var path: [Int] = []
            func side(of unit: Int) -> Int32 {
                let hasPeers = readsPeers && !peers.isEmpty(for: unit), hasSkips = levers.skipLevel && !skips.isEmpty(for: unit)
                let hasDotted = readsDotted && !dotted.isEmpty(for: unit)
                guard hasPeers || hasSkips || hasDotted else { return 0 }
                var side = Side()
                if hasPeers { side.peers = peers.edges(of: unit).map { equations.jurisdiction(of: Int(peers.target[$0])) } }
                if hasSkips {
                    side.skips = skips.edges(of: unit).map { model.level(of: unit) - model.level(of: Int(skips.target[$0])) }
                }
                side.dotted = hasDotted
                if let known = sides[side] { return known }
                sides[side] = Int32(sides.count + 1)
                return Int32(sides.count)
            }
            // Each unit's number needs its superior's first: walk up to a numbered unit (or past the
            // top), then number the path on the way down. Every unit is numbered once.
            var representatives: [Int] = []
            var group = [Int32](repeating: -1, count: model.frontLine.count)
            var dense: [Int32] = []
            equations.forEachFrontLineUnit { index, origin in
                var unit = origin
                while unit >= 0, chainOf[unit] < 0 {
                    path.append(unit)
                    unit = Int(records[unit].superior)
                }
                var superior = unit >= 0 ? chainOf[unit] : -1
                while let unit = path.popLast() {
                    // As `authority(of:)` and `jurisdiction(of:)` read them.
                    let signature = Signature(superior: superior, authority: Int16(clamping: authority[unit]),
                                              department: kinds[Int(records[unit].kind)].department, side: side(of: unit),
                                              jurisdiction: departments == 0 ? 0 : jurisdiction[unit])
                    if let last, last.0 == signature {
                        superior = last.1
                    } else if let known = signatures[signature] {
                        superior = known
                    } else {
                        superior = Int32(signatures.count)
                        signatures[signature] = superior
                    }
                    last = (signature, superior)
                    chainOf[unit] = superior
                }
                // Groups numbered densely, in order of first appearance along the front line.
                let chain = Int(chainOf[origin])
                while dense.count <= chain { dense.append(-1) }
                if dense[chain] < 0 {
                    dense[chain] = Int32(representatives.count)
                    representatives.append(origin)
                }
                group[index] = dense[chain]
            }
            self.group = group
            self.representatives = representatives
        }
    }
}

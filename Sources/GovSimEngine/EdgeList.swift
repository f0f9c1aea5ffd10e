import GovSimModel

/// Edges out of every unit in compressed form: unit u's edges are `offsets[u]..<offsets[u + 1]`,
/// each with its far end and the delay of crossing it. No offsets at all when no unit has an edge.
struct EdgeList: Sendable {
    /// `unitCount + 1` entries.
    let offsets: Column<Int32>
    let target: Column<Int32>
    let delay: Column<Sampler>

    /// From the units that have edges (most have none), each list in its final order.
    init(_ sparse: [Int: [(Int32, Sampler)]], unitCount: Int) {
        guard !sparse.isEmpty else {
            // No unit has one: no offsets at all (four bytes a unit saved at millions of units).
            (offsets, target, delay) = (Column.empty(), Column.empty(), Column.empty())
            return
        }
        var offsets = [Int32](repeating: 0, count: unitCount + 1)
        var target = [Int32](), delay = [Sampler]()
        var next = 0
        for unit in sparse.keys.sorted() {
            for position in next...unit { offsets[position] = Int32(target.count) }
            for (to, sampler) in sparse[unit] ?? [] { target.append(to); delay.append(sampler) }
            next = unit + 1
        }
        for position in next...unitCount { offsets[position] = Int32(target.count) }
        self.offsets = Column(offsets)
        self.target = Column(target)
        self.delay = Column(delay)
    }

    @inline(__always) func edges(of unit: Int) -> Range<Int> {
        offsets.count == 0 ? 0..<0 : Int(offsets[unit])..<Int(offsets[unit + 1])
    }
    @inline(__always) func isEmpty(for unit: Int) -> Bool { offsets.count == 0 || offsets[unit] == offsets[unit + 1] }

    /// The edge lists of a structure under a policy, and each unit's uplink delay.
    struct Builders {
        let peers: EdgeList, skips: EdgeList, dotted: EdgeList
        let uplink: [Sampler]

        init(structure: Structure, hierarchy: Hierarchy, levers: CompiledLevers) {
            let count = structure.units.count
            // Only units with channels beside the reporting line get a list; most have none.
            var peers: [Int: [(Int32, Sampler)]] = [:]
            var skips: [Int: [(Int32, Sampler)]] = [:]
            var dotted: [Int: (Int32, Sampler)] = [:]
            var uplink = [Sampler](repeating: levers.linkDelay(.zero), count: count)
            for link in structure.links {
                let sampler = levers.linkDelay(link.delay)
                switch link.kind {
                case .reportsTo: uplink[link.from] = sampler
                case .platform: peers[link.from, default: []].insert((Int32(link.to), sampler), at: 0)
                case .peer:
                    peers[link.from, default: []].append((Int32(link.to), sampler))
                    peers[link.to, default: []].append((Int32(link.from), sampler))
                case .skipLevel:
                    // Only a line to one's own chain of superiors is a skip-level line.
                    if Self.isAncestor(link.to, of: link.from, hierarchy) {
                        skips[link.from, default: []].append((Int32(link.to), sampler))
                    }
                case .dottedLine: if dotted[link.from] == nil { dotted[link.from] = (Int32(link.to), sampler) }
                }
            }
            // Platforms first (one query covers many departments), then peers in unit order.
            let isPlatform = hierarchy.isPlatform
            self.peers = Self.compress(peers, count: count) { list in
                list.sorted { a, b in
                    let (pa, pb) = (isPlatform[Int(a.0)], isPlatform[Int(b.0)])
                    return pa != pb ? pa : a.0 < b.0
                }
            }
            self.skips = Self.compress(skips, count: count) { $0.sorted { $0.0 < $1.0 } }
            self.dotted = Self.compress(dotted.mapValues { [$0] }, count: count) { $0 }
            self.uplink = uplink
        }

        private static func compress(_ sparse: [Int: [(Int32, Sampler)]], count: Int,
                                     order: ([(Int32, Sampler)]) -> [(Int32, Sampler)]) -> EdgeList {
            EdgeList(sparse.mapValues(order), unitCount: count)
        }

        static func isAncestor(_ candidate: Int, of unit: Int, _ hierarchy: Hierarchy) -> Bool {
            var current = Int(hierarchy.superior[unit])
            while current >= 0 {
                if current == candidate { return true }
                current = Int(hierarchy.superior[current])
            }
            return false
        }
    }
}

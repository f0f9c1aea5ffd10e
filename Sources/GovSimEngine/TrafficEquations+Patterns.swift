import GovSimModel

/// Expected services one case makes along one chain: position 0 is the front-line unit where it
/// arrives, each next position that unit's next superior, the last one a top unit.
struct VisitPattern {
    var chain: [Double]
    /// At the far end of consultation edge `slot` (in ``CompiledModel/peerEdges(of:)`` order) of the unit at `position`.
    var peers: [(position: Int, slot: Int, services: Double)] = []
    /// At the dotted-line superior of the unit at `position`.
    var dotted: [(position: Int, services: Double)] = []

    init(length: Int) { chain = Array(repeating: 0, count: length) }

    mutating func add(_ other: VisitPattern, times weight: Double) {
        for position in other.chain.indices { chain[position] += weight * other.chain[position] }
        peers += other.peers.map { ($0.position, $0.slot, weight * $0.services) }
        dotted += other.dotted.map { ($0.position, weight * $0.services) }
    }

    /// Drops the positions above the last one served: most cases never reach the top.
    mutating func trim() {
        let kept = 1 + ((peers.map(\.position) + dotted.map(\.position)).max() ?? 0)
        while let last = chain.last, last == 0, chain.count > kept { chain.removeLast() }
    }
}

/// The visit patterns of every group of chains, back to back in flat arrays, for the loop over
/// the front line: a pattern taken out of an array of patterns was three retains and releases per
/// front-line unit, a third of the time at millions of units.
struct PatternTable {
    private var chain: [Double] = [], chainStart = [0]
    private var peers: [(position: Int, slot: Int, services: Double)] = [], peerStart = [0]
    private var dotted: [(position: Int, services: Double)] = [], dottedStart = [0]

    /// The next group's pattern (none: the group sends nothing this way).
    mutating func append(_ pattern: VisitPattern?) {
        if let pattern {
            chain += pattern.chain
            peers += pattern.peers
            dotted += pattern.dotted
        }
        chainStart.append(chain.count)
        peerStart.append(peers.count)
        dottedStart.append(dotted.count)
    }

    /// Puts `rate` cases of `group`'s pattern arriving at `origin` on the units of its chain and
    /// beside it.
    func add(_ group: Int, at origin: Int, times rate: Double, in equations: TrafficEquations,
             to visits: inout [Double], ancestors: inout [Int]) {
        let records = equations.records
        var unit = origin
        let positions = chainStart[group]..<chainStart[group + 1]
        guard peerStart[group] == peerStart[group + 1], dottedStart[group] == dottedStart[group + 1] else {
            ancestors.removeAll(keepingCapacity: true)
            for index in positions {
                ancestors.append(unit)
                visits[unit] += rate * chain[index]
                unit = Int(records[unit].superior)
            }
            let model = equations.model
            for peer in peers[peerStart[group]..<peerStart[group + 1]] {
                let edge = model.peerEdges(of: ancestors[peer.position]).lowerBound + peer.slot
                visits[Int(model.peers.target[edge])] += rate * peer.services
            }
            for dotted in dotted[dottedStart[group]..<dottedStart[group + 1]] {
                let edge = model.dotted.edges(of: ancestors[dotted.position]).lowerBound
                visits[Int(model.dotted.target[edge])] += rate * dotted.services
            }
            return
        }
        for index in positions {
            visits[unit] += rate * chain[index]
            unit = Int(records[unit].superior)
        }
    }
}

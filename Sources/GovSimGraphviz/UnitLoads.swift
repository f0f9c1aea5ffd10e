import GovSimEngine
import GovSimModel

/// What a run measured per unit and per link, averaged over replications: the data a heat-mapped
/// org chart shows.
public struct UnitLoads: Sendable, Hashable {
    /// Share of each unit's staff time spent serving.
    public var utilisation: [Double]
    /// Decisions each unit took.
    public var decisions: [Double]
    /// Messages over each unit's line to its superior.
    public var uplinkMessages: [Double]
    /// Messages over each peer link, both ways, keyed by the pair (lower unit first).
    public var peerMessages: [UnitPair: Double]
    /// Replications averaged.
    public var replications: Int

    public struct UnitPair: Hashable, Sendable {
        public let low: Int
        public let high: Int
        public init(_ a: Int, _ b: Int) { (low, high) = a < b ? (a, b) : (b, a) }
    }

    /// ``peerMessages`` in unit order: sums over them must not follow a dictionary's order, which
    /// changes from run to run and with it the last digit of a floating-point sum.
    public var orderedPeerMessages: [(pair: UnitPair, messages: Double)] {
        peerMessages.map { (pair: $0.key, messages: $0.value) }
            .sorted { ($0.pair.low, $0.pair.high) < ($1.pair.low, $1.pair.high) }
    }

    public init(utilisation: [Double], decisions: [Double], uplinkMessages: [Double],
                peerMessages: [UnitPair: Double] = [:], replications: Int = 1) {
        self.utilisation = utilisation
        self.decisions = decisions
        self.uplinkMessages = uplinkMessages
        self.peerMessages = peerMessages
        self.replications = replications
    }

    /// The mean over `results`, all runs of `model`.
    public init(model: CompiledModel, results: [ReplicationResult]) {
        let count = model.unitCount
        let n = Double(max(results.count, 1))
        var utilisation = [Double](repeating: 0, count: count)
        var decisions = utilisation, uplink = utilisation
        var peers: [UnitPair: Double] = [:]
        let targets = model.peerTargets
        for result in results {
            for unit in 0..<min(count, result.unitUtilisation.count) { utilisation[unit] += result.unitUtilisation[unit] / n }
            for unit in 0..<min(count, result.unitDecisions.count) { decisions[unit] += Double(result.unitDecisions[unit]) / n }
            for unit in 0..<min(count, result.uplinkMessages.count) { uplink[unit] += Double(result.uplinkMessages[unit]) / n }
            for unit in 0..<count {
                for edge in model.peerEdges(of: unit) where edge < result.peerMessages.count {
                    peers[UnitPair(unit, Int(targets[edge])), default: 0] += Double(result.peerMessages[edge]) / n
                }
            }
        }
        self.init(utilisation: utilisation, decisions: decisions, uplinkMessages: uplink,
                  peerMessages: peers, replications: results.count)
    }

    /// The mean over every replication of one variant.
    public init(variant: VariantResult) {
        self.init(model: variant.model, results: variant.replications)
    }

    /// The value of `metric` for each unit.
    public func values(_ metric: HeatMetric, structure: Structure) -> [Double] {
        switch metric {
        case .utilisation: return utilisation
        case .decisions: return decisions
        case .traffic:
            var traffic = uplinkMessages
            for link in structure.links where link.kind == .reportsTo && link.to < traffic.count && link.from < uplinkMessages.count {
                traffic[link.to] += uplinkMessages[link.from]
            }
            for (pair, messages) in orderedPeerMessages where pair.high < traffic.count {
                traffic[pair.low] += messages
                traffic[pair.high] += messages
            }
            return traffic
        }
    }
}

/// Which measurement colours a heat-mapped org chart.
public enum HeatMetric: String, CaseIterable, Sendable, Hashable {
    /// Busy share of the unit's staff: where the queue builds up.
    case utilisation
    /// Decisions the unit took: where authority is used.
    case decisions
    /// Messages over the unit's lines (up, down and to peers): where information flows.
    case traffic

    var legendTitle: String {
        switch self {
        case .utilisation: "Utilisation: share of staff time busy"
        case .decisions: "Decisions taken per unit (share of the most)"
        case .traffic: "Messages handled per unit (share of the most)"
        }
    }

    /// Utilisation is an absolute share; the counts are drawn relative to the largest.
    var isAbsolute: Bool { self == .utilisation }
}

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

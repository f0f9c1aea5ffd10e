import GovSimEngine

/// The metrics of every completed (point, replication) pair of a sweep, for every variant.
///
/// A pair is the unit of work that is stored, sharded and resumed: all variants of one
/// replication at one point, so their common random numbers stay together.
public struct SweepResults: Sendable, Equatable {
    public struct Pair: Sendable, Hashable, Comparable {
        public let point: Int
        public let replication: Int
        public init(point: Int, replication: Int) {
            self.point = point
            self.replication = replication
        }
        public static func < (a: Pair, b: Pair) -> Bool { (a.point, a.replication) < (b.point, b.replication) }
    }

    /// Metrics by variant (in the definition's order) for each completed pair.
    public private(set) var runs: [Pair: [[String: Double]]] = [:]

    public init() {}

    public mutating func insert(_ pair: Pair, metrics: [[String: Double]]) { runs[pair] = metrics }

    public mutating func merge(_ other: SweepResults) { runs.merge(other.runs) { _, new in new } }

    public var pairs: [Pair] { runs.keys.sorted() }

    public func contains(_ pair: Pair) -> Bool { runs[pair] != nil }

    /// Completed replications of a point, ascending.
    public func replications(of point: Int) -> [Int] {
        runs.keys.filter { $0.point == point }.map(\.replication).sorted()
    }

    /// Only the pairs `keep` accepts.
    public func filter(_ keep: (Pair) -> Bool) -> SweepResults {
        var copy = SweepResults()
        copy.runs = runs.filter { keep($0.key) }
        return copy
    }

    /// One metric of one variant at one point, across the given replications (default: all
    /// completed), summed in replication order so the figure never depends on storage order.
    public func summary(point: Int, variant: Int, metric: String, replications: [Int]? = nil) -> MetricSummary {
        let chosen = replications ?? self.replications(of: point)
        return MetricSummary(chosen.map { runs[Pair(point: point, replication: $0)]?[variant][metric] ?? .nan })
    }

    /// A metric's value in every replication of a point (NaN where undefined).
    public func values(point: Int, variant: Int, metric: String) -> [Double] {
        replications(of: point).map { runs[Pair(point: point, replication: $0)]?[variant][metric] ?? .nan }
    }

    /// Metric names reported at a point by any variant, sorted.
    public func metricNames(point: Int) -> [String] {
        var names = Set<String>()
        for (pair, variants) in runs where pair.point == point { for metrics in variants { names.formUnion(metrics.keys) } }
        return names.sorted()
    }

    /// The charted metrics of a point that ended at the cap without the precision, as
    /// (variant index, metric); empty when the definition asks for no precision.
    public func capped(point: Int, definition: SweepDefinition) -> [(variant: Int, metric: String)] {
        guard let precision = definition.precision, replications(of: point).count >= precision.maxReplications else { return [] }
        return definition.variants.indices.flatMap { variant in
            definition.metrics.filter { !precision.isMet(summary(point: point, variant: variant, metric: $0)) }.map { (variant, $0) }
        }
    }
}

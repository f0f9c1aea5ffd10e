/// What a sweep is, independent of where and how it runs: enough to write its files, to check
/// that a resumed run or a shard belongs to the same sweep, and to merge shards without the
/// scenario file. Written to `sweep.json` beside the results.
public struct SweepDefinition: Sendable, Equatable {
    public var scenario: String
    public var title: String
    public var timeUnit: String
    /// A fingerprint of the scenario document and run length: a changed file is a different sweep.
    public var digest: String
    public var seed: UInt64
    /// Swept parameters as written (`variants[*].structure.levels`), in column order.
    public var parameters: [String]
    /// Index into ``parameters`` of the charts' horizontal axis.
    public var x: Int
    /// Each point's value of every parameter.
    public var points: [[Double]]
    /// The seed of each point's replications (see ``SweepPlan/pointSeed(_:point:)``).
    public var seeds: [UInt64]
    public var variants: [String]
    /// Metrics charted and held to the precision.
    public var metrics: [String]
    /// Replications per point (the first batch when replicating to a precision).
    public var replications: Int
    public var precision: SweepPrecision?
    /// The scenario's claims, judged at every point (their verdicts do not change the results,
    /// so a resumed sweep may judge claims its first part did not have).
    public var claims: [Claim]

    public init(scenario: String, title: String, timeUnit: String, digest: String, seed: UInt64,
                parameters: [String], x: Int, points: [[Double]], seeds: [UInt64], variants: [String],
                metrics: [String], replications: Int, precision: SweepPrecision?, claims: [Claim] = []) {
        self.scenario = scenario
        self.title = title
        self.timeUnit = timeUnit
        self.digest = digest
        self.seed = seed
        self.parameters = parameters
        self.x = x
        self.points = points
        self.seeds = seeds
        self.variants = variants
        self.metrics = metrics
        self.replications = replications
        self.precision = precision
        self.claims = claims
    }

    /// The first difference from `other`, phrased for a user ("the seed: 7 here, 8 there"), or nil.
    public func difference(from other: SweepDefinition) -> String? {
        func text(_ value: Any) -> String { "\(value)" }
        let checks: [(String, String, String)] = [
            ("the scenario", scenario, other.scenario),
            ("the scenario file's contents or the horizon", digest, other.digest),
            ("the seed", text(seed), text(other.seed)),
            ("the swept parameters", parameters.joined(separator: ", "), other.parameters.joined(separator: ", ")),
            ("the points", text(points), text(other.points)),
            ("the variants", variants.joined(separator: ", "), other.variants.joined(separator: ", ")),
            ("the metrics", metrics.joined(separator: ", "), other.metrics.joined(separator: ", ")),
            ("the replications", text(replications), text(other.replications)),
            ("the precision (--until-ci, --max-replications)", precision.map(text) ?? "none", other.precision.map(text) ?? "none"),
        ]
        guard let (what, here, there) = checks.first(where: { $0.1 != $0.2 }) else { return nil }
        let shown = [here, there].map { $0.count > 60 ? String($0.prefix(57)) + "..." : $0 }
        return "\(what) (\(shown[0]) now, \(shown[1]) before)"
    }
}

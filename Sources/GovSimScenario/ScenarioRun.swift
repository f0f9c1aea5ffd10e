import GovSimEngine
import GovSimModel

/// A scenario after its experiment ran: the results of every variant and the verdict on every claim.
public struct ScenarioRun: Sendable {
    public let scenario: Scenario
    public let variants: [VariantResult]
    public let claims: [ClaimResult]

    /// Runs every variant's replications and judges the claims.
    public init(_ scenario: Scenario, threads: Int? = nil, options: RecorderOptions = RecorderOptions()) throws(StructureError) {
        self.scenario = scenario
        variants = try scenario.experiment(options: options).run(threads: threads)
        let evidence = ClaimResult.Evidence(variants)
        claims = scenario.claims.map { ClaimResult($0, evidence: evidence) ?? ClaimResult(unmeasured: $0) }
    }

    /// Metric names reported by any variant, in a stable order: the catalogue's order first,
    /// then per-level metrics by level.
    public var metricNames: [String] { MetricRegistry.ordered(variants.flatMap(\.summary.keys)) }
}

import GovSimEngine
import GovSimModel

/// A scenario after its experiment ran: the results of every variant and the verdict on every claim.
public struct ScenarioRun: Sendable {
    public let scenario: Scenario
    public let variants: [VariantResult]
    public let claims: [ClaimResult]

    /// Runs every variant's replications and judges the claims. `saturated` hears, before any
    /// replication runs, of every variant with an office offered more work than its staff can do:
    /// the variant's name and one sentence naming the office and its load.
    public init(_ scenario: Scenario, threads: Int? = nil, options: RecorderOptions = RecorderOptions(),
                saturated: ((String, String) -> Void)? = nil) throws(StructureError) {
        self.scenario = scenario
        let names = scenario.variants.map(\.name)
        variants = try scenario.experiment(options: options).run(threads: threads) { loads in
            for (name, (load, variant)) in zip(names, zip(loads, scenario.variants)) {
                guard let unit = load.saturated.first, variant.structure.units.indices.contains(unit) else { continue }
                saturated?(name, Stability.saturationReason(unit: variant.structure.units[unit].name, load: load.perUnit[unit]))
            }
        }
        let evidence = ClaimResult.Evidence(variants)
        claims = scenario.claims.map { ClaimResult($0, evidence: evidence) ?? ClaimResult(unmeasured: $0) }
    }

    /// Metric names reported by any variant, in a stable order: the catalogue's order first,
    /// then per-level metrics by level.
    public var metricNames: [String] { MetricRegistry.ordered(variants.flatMap(\.summary.keys)) }
}

import GovSimEngine
import GovSimGraphviz
import GovSimModel
import GovSimScenario

/// Everything the outputs of `govsim run` show, built once from the engine's results. Every writer
/// (console table, metrics.json and .csv, timeseries.csv, Markdown, HTML, journey page, charts,
/// manifest) reads only this: the one place engine results become report values.
public struct RunSummary: Sendable {
    public let scenario: Scenario
    public let variants: [VariantSummary]
    public let claims: [ClaimResult]
    /// Metric names any variant reported, in the files' order (the registry's).
    public let metricNames: [String]
    /// The comparison tables' rows: the registry's headline metrics that some variant measured,
    /// then any other metric a claim uses.
    public let tableMetrics: [String]
    /// Backlog and utilisation over time, with intervals.
    let timeSeries: TimeSeries
    /// One case followed through every variant, when the run traced one that all completed.
    let journey: JourneyCase?
    /// Each claim judged across the scenario's declared sweep, when it was run (`--robustness`).
    public let robustness: Robustness?

    public init(_ run: ScenarioRun, robustness: Robustness? = nil) {
        self.robustness = robustness
        scenario = run.scenario
        claims = run.claims
        let fileNames = OutputName.unique(run.variants.map(\.name))
        variants = zip(run.variants, fileNames).map { VariantSummary($0, fileName: $1) }
        metricNames = run.metricNames
        let measured = Set(variants.flatMap { variant in variant.metrics.filter { !$0.value.mean.isNaN }.keys })
        var rows = MetricRegistry.headline.filter(measured.contains)
        for metric in run.scenario.claims.flatMap(\.metrics) where measured.contains(metric) && !rows.contains(metric) {
            rows.append(metric)
        }
        tableMetrics = rows
        timeSeries = TimeSeries(variants)
        journey = JourneyCase(variants)
    }
}

extension RunSummary {
    /// The registry's charted metrics, as the comparison chart heads its rows.
    static var chartedMetrics: [ComparisonChart.Metric] {
        MetricRegistry.charted.map { ComparisonChart.Metric(name: $0, meaning: MetricRegistry.definition(named: $0)?.meaning ?? "") }
    }

    /// Each variant's charted metrics as bars, printed by the one formatter.
    var comparisonSeries: [ComparisonChart.Series] {
        variants.map { variant in
            var bars: [String: ComparisonChart.Bar] = [:]
            for name in MetricRegistry.charted {
                guard let summary = variant.metrics[name] else { continue }
                let hasInterval = summary.count > 1 && summary.upper > summary.lower
                bars[name] = ComparisonChart.Bar(mean: summary.mean, lower: hasInterval ? summary.lower : summary.mean,
                                                 upper: hasInterval ? summary.upper : summary.mean,
                                                 text: SummaryText.withInterval(summary, metric: name))
            }
            return ComparisonChart.Series(name: variant.name, bars: bars)
        }
    }

    /// The two variants a claim compares, when both are in the run.
    func comparedVariants(_ claim: Claim) -> (VariantSummary, VariantSummary)? {
        guard let names = claim.comparedVariants, let a = variants.first(where: { $0.name == names.left }),
              let b = variants.first(where: { $0.name == names.right }) else { return nil }
        return (a, b)
    }
}

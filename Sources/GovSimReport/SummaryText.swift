import GovSimEngine
import GovSimText

/// A metric's summary over replications as every output prints it (terminal, Markdown, HTML,
/// charts): the one formatter, with the digits the metric registry gives the metric.
public enum SummaryText {
    /// The mean and, when there is one, the interval's bounds: ("2.511", "2.504 to 2.517").
    public static func estimate(_ summary: MetricSummary, metric: String? = nil) -> (mean: String, interval: String?) {
        NumberFormat.estimate(mean: summary.mean, lower: summary.lower, upper: summary.upper, count: summary.count,
                              digits: digits(metric))
    }

    /// "2.511 (95% CI 2.504 to 2.517)".
    public static func withInterval(_ summary: MetricSummary, metric: String? = nil) -> String {
        NumberFormat.withInterval(mean: summary.mean, lower: summary.lower, upper: summary.upper, count: summary.count,
                                  digits: digits(metric))
    }

    private static func digits(_ metric: String?) -> Int {
        metric.flatMap(MetricRegistry.definition(named:))?.digits ?? 3
    }
}

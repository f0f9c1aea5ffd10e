import GovSimEngine

/// Metrics of several variants as bars, each with its 95% confidence interval, drawn as one
/// Graphviz HTML-like table (no layout to go wrong, crisp in every format).
public enum ComparisonChart {
    /// One variant's summaries by metric name.
    public struct Series: Sendable, Hashable {
        public var name: String
        public var summary: [String: MetricSummary]
        public init(name: String, summary: [String: MetricSummary]) {
            self.name = name
            self.summary = summary
        }
    }

    /// The metrics a class looks at first.
    public static let defaultMetrics = [
        "turnaround.mean", "turnaround.p90", "hops.per_case", "messages.per_case", "utilisation.level.0",
        "utilisation.max", "fidelity.at_decision", "cost.per_case",
    ]

    /// Width of the longest bar, in points.
    static let barWidth = 260.0

    public static func graph(variants: [VariantResult], metrics: [String] = defaultMetrics, title: String? = nil,
                             timeUnit: String = "hour") throws(GraphvizError) -> Graph {
        try graph(series: variants.map { Series(name: $0.name, summary: $0.summary) }, metrics: metrics,
                  title: title, timeUnit: timeUnit)
    }

    public static func graph(series: [Series], metrics: [String] = defaultMetrics, title: String? = nil,
                             timeUnit: String = "hour") throws(GraphvizError) -> Graph {
        guard !series.isEmpty else { throw .chart("there are no variants to compare") }
        let shown = metrics.filter { metric in series.contains { $0.summary[metric].map { !$0.mean.isNaN } ?? false } }
        guard !shown.isEmpty else { throw .chart("none of the metrics \(metrics.joined(separator: ", ")) was measured") }
        var rows: [[HTML.Cell]] = []
        for metric in shown {
            let meaning = MetricCatalog.fixed.first { $0.name == metric }?.meaning ?? levelMeaning(metric)
            let heading = HTML.text(metric).bold().font(size: 12, color: Palette.ink)
                + HTML.text("   \(meaning)", limit: nil).font(size: 10, color: Palette.muted)
            rows.append([HTML.Cell(HTML.lineBreak + heading, align: .left, columnSpan: 3)])
            let scale = series.compactMap { $0.summary[metric] }.map { max($0.upper.isNaN ? $0.mean : $0.upper, $0.mean) }
                .filter(\.isFinite).max() ?? 0
            for (index, variant) in series.enumerated() {
                rows.append(barRow(variant.name, variant.summary[metric], scale: scale, color: index))
            }
        }
        rows.append([HTML.Cell(HTML.text("Bars show the mean; the pale band spans the 95% confidence interval. Times in \(timeUnit)s.", limit: nil)
            .font(size: 10, color: Palette.muted), align: .left, columnSpan: 3)])
        let table = HTML.table(rows, cellSpacing: 1, cellPadding: 3)
        var graph = OrgChart.chartFrame(title: title ?? "Comparison of variants", subtitle: nil, engine: .dot)
        graph.name = "comparison"
        graph.nodes = [Node("table", [.shape: "plain", .style: "solid", .label: .html(table)])]
        return graph
    }

    private static func levelMeaning(_ metric: String) -> String {
        for entry in MetricCatalog.perLevel where metric.hasPrefix(entry.prefix) {
            return entry.meaning.replacingOccurrences(of: "level k", with: "level \(metric.dropFirst(entry.prefix.count))")
        }
        return ""
    }

    private static func barRow(_ name: String, _ summary: MetricSummary?, scale: Double, color: Int) -> [HTML.Cell] {
        let label = HTML.Cell(HTML.text(name).font(size: 11, color: Palette.ink), align: .right)
        guard let summary, summary.mean.isFinite else {
            return [label, HTML.Cell(HTML.text("not measured").italic().font(size: 10, color: Palette.muted), align: .left), HTML.Cell()]
        }
        func points(_ value: Double) -> Int {
            guard scale > 0, value.isFinite else { return 0 }
            return Int((max(value, 0) / scale * barWidth).rounded())
        }
        let hasInterval = summary.count > 1 && summary.halfWidth > 0
        let low = hasInterval ? points(summary.lower) : points(summary.mean)
        let mean = points(summary.mean), high = hasInterval ? points(summary.upper) : mean
        var cells: [HTML.Cell] = []
        let solid = Palette.variants[color % Palette.variants.count]
        let band = Palette.variantBands[color % Palette.variantBands.count]
        if low > 0 { cells.append(HTML.Cell(background: solid, width: low, height: 16)) }
        if mean - low > 0 { cells.append(HTML.Cell(background: band, width: mean - low, height: 16)) }
        // A dark tick marks the mean inside the band.
        cells.append(HTML.Cell(background: Palette.ink, width: 2, height: 16))
        if high - mean > 0 { cells.append(HTML.Cell(background: band, width: high - mean, height: 16)) }
        let rest = Int(barWidth) - max(high, mean) - 2
        if rest > 0 { cells.append(HTML.Cell(width: rest, height: 16)) }
        let bar = HTML.table([cells], cellPadding: 0)
        var text = NumberText.short(summary.mean)
        if hasInterval { text += " ± \(NumberText.short(summary.halfWidth))" }
        return [label, HTML.Cell(bar, align: .left), HTML.Cell(HTML.text(text).font(size: 11, color: Palette.ink), align: .left)]
    }
}

/// Metrics of several variants as bars, each with its 95% confidence interval, drawn as one
/// Graphviz HTML-like table (no layout to go wrong, crisp in every format). It takes chart values
/// (the report layer reads them off a run), so drawing needs nothing from the engine.
public enum ComparisonChart {
    /// One metric's row heading.
    public struct Metric: Sendable, Hashable {
        public var name: String
        public var meaning: String
        public init(name: String, meaning: String) {
            self.name = name
            self.meaning = meaning
        }
    }

    /// One variant's estimate of one metric: the bar's extent and the figure printed beside it.
    public struct Bar: Sendable, Hashable {
        public var mean: Double
        /// The interval's bounds; equal to the mean when there is no interval to draw.
        public var lower: Double
        public var upper: Double
        public var text: String
        public init(mean: Double, lower: Double, upper: Double, text: String) {
            (self.mean, self.lower, self.upper, self.text) = (mean, lower, upper, text)
        }
    }

    /// One variant's bars by metric name.
    public struct Series: Sendable, Hashable {
        public var name: String
        public var bars: [String: Bar]
        public init(name: String, bars: [String: Bar]) {
            self.name = name
            self.bars = bars
        }
    }

    /// Width of the longest bar, in points.
    static let barWidth = 260.0

    public static func graph(series: [Series], metrics: [Metric], title: String? = nil,
                             timeUnit: String = "hour") throws(GraphvizError) -> Graph {
        guard !series.isEmpty else { throw .chart("there are no variants to compare") }
        let shown = metrics.filter { metric in series.contains { $0.bars[metric.name].map { $0.mean.isFinite } ?? false } }
        guard !shown.isEmpty else { throw .chart("none of the metrics \(metrics.map(\.name).joined(separator: ", ")) was measured") }
        var rows: [[HTML.Cell]] = []
        for metric in shown {
            let heading = HTML.text(metric.name).bold().font(size: 12, color: Palette.ink)
                + HTML.text("   \(metric.meaning)", limit: nil).font(size: 10, color: Palette.muted)
            rows.append([HTML.Cell(HTML.lineBreak + heading, align: .left, columnSpan: 3)])
            let scale = series.compactMap { $0.bars[metric.name] }.map { max($0.upper.isNaN ? $0.mean : $0.upper, $0.mean) }
                .filter(\.isFinite).max() ?? 0
            for (index, variant) in series.enumerated() {
                rows.append(barRow(variant.name, variant.bars[metric.name], scale: scale, color: index))
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

    private static func barRow(_ name: String, _ bar: Bar?, scale: Double, color: Int) -> [HTML.Cell] {
        let label = HTML.Cell(HTML.text(name).font(size: 11, color: Palette.ink), align: .right)
        guard let bar, bar.mean.isFinite else {
            return [label, HTML.Cell(HTML.text("not measured").italic().font(size: 10, color: Palette.muted), align: .left), HTML.Cell()]
        }
        func points(_ value: Double) -> Int {
            guard scale > 0, value.isFinite else { return 0 }
            return Int((max(value, 0) / scale * barWidth).rounded())
        }
        let hasInterval = bar.upper > bar.lower
        let low = hasInterval ? points(bar.lower) : points(bar.mean)
        let mean = points(bar.mean), high = hasInterval ? points(bar.upper) : mean
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
        let table = HTML.table([cells], cellPadding: 0)
        return [label, HTML.Cell(table, align: .left), HTML.Cell(HTML.text(bar.text).font(size: 11, color: Palette.ink), align: .left)]
    }
}

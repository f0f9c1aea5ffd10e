import Foundation
import GovSimEngine
import GovSimScenario

/// A sweep's chart of one metric as SVG: the metric against the swept parameter on the x axis,
/// one line per variant with its 95% confidence band, and one panel per value of the other
/// swept parameters (small multiples sharing the y scale, so panels compare at a glance).
///
/// Written directly rather than through Graphviz, whose layouts are for graphs, not axes. All
/// text is escaped; the output is the same bytes for the same results.
public enum SweepChart {
    /// Okabe and Ito's colour-blind-safe palette.
    static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
    static let panelWidth = 380.0, panelHeight = 260.0
    static let margin = (left: 64.0, right: 16.0, top: 34.0, bottom: 46.0)

    struct Series {
        var variant: Int
        var points: [(x: Double, summary: MetricSummary)]
    }

    struct Panel {
        var title: String
        var series: [Series]
    }

    /// The chart of `metric`, or nil when no point has a defined value of it.
    public static func svg(_ definition: SweepDefinition, _ results: SweepResults, metric: String) -> String? {
        let panels = self.panels(definition, results, metric: metric)
        let all = panels.flatMap { $0.series.flatMap(\.points) }
        guard !all.isEmpty else { return nil }
        let xs = Axis(values: all.map(\.x), exact: Set(all.map(\.x)).sorted())
        let ys = Axis(values: all.flatMap { [$0.summary.lower, $0.summary.upper, $0.summary.mean] }.filter(\.isFinite), exact: nil)
        let columns = min(panels.count, 3), rows = (panels.count + columns - 1) / columns
        let legendHeight = 28.0, header = 56.0
        let width = Double(columns) * panelWidth + 20, height = header + legendHeight + Double(rows) * panelHeight + 10
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" viewBox="0 0 \(f(width)) \(f(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="10" y="22" font-size="16" font-weight="bold">\(escape(definition.title))</text>
            <text x="10" y="42" fill="#444444">\(escape(metric)): mean and 95% confidence interval over the replications of each point</text>

            """
        svg += legend(definition, y: header + 14)
        for (index, panel) in panels.enumerated() {
            let left = 10 + Double(index % columns) * panelWidth, top = header + legendHeight + Double(index / columns) * panelHeight
            let yLabel = MetricRegistry.isTime(metric) ? "\(metric) (\(definition.timeUnit)s)" : metric
            svg += draw(panel, at: (left, top), xs: xs, ys: ys, xLabel: definition.parameters[definition.x], yLabel: yLabel)
        }
        return svg + "</svg>\n"
    }

    /// Points grouped by the values of the parameters other than x, in grid order.
    static func panels(_ definition: SweepDefinition, _ results: SweepResults, metric: String) -> [Panel] {
        var keys: [[Double]] = [], members: [[Int]] = []
        for (point, values) in definition.points.enumerated() where !results.replications(of: point).isEmpty {
            var key = values
            key.remove(at: definition.x)
            if let index = keys.firstIndex(of: key) { members[index].append(point) } else { keys.append(key); members.append([point]) }
        }
        let others = definition.parameters.indices.filter { $0 != definition.x }.map { definition.parameters[$0] }
        return zip(keys, members).map { key, points in
            let title = zip(others, key).map { "\($0) = \(number($1))" }.joined(separator: ", ")
            let series = definition.variants.indices.map { variant in
                Series(variant: variant, points: points.map { point in
                    (definition.points[point][definition.x], results.summary(point: point, variant: variant, metric: metric))
                }.filter { $0.1.mean.isFinite }.sorted { $0.0 < $1.0 })
            }
            return Panel(title: title, series: series)
        }
    }

    static func legend(_ definition: SweepDefinition, y: Double) -> String {
        var x = 12.0, out = ""
        for (index, name) in definition.variants.enumerated() {
            let colour = colours[index % colours.count]
            out += "<rect x=\"\(f(x))\" y=\"\(f(y - 9))\" width=\"22\" height=\"10\" fill=\"\(colour)\" fill-opacity=\"0.2\"/>"
            out += "<line x1=\"\(f(x))\" y1=\"\(f(y - 4))\" x2=\"\(f(x + 22))\" y2=\"\(f(y - 4))\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            out += "<text x=\"\(f(x + 28))\" y=\"\(f(y))\">\(escape(name))</text>\n"
            x += 40 + Double(name.count) * 7
        }
        return out
    }

    static func draw(_ panel: Panel, at origin: (x: Double, y: Double), xs: Axis, ys: Axis, xLabel: String, yLabel: String) -> String {
        let plot = (left: origin.x + margin.left, top: origin.y + margin.top,
                    width: panelWidth - margin.left - margin.right, height: panelHeight - margin.top - margin.bottom)
        func px(_ value: Double) -> Double { plot.left + xs.fraction(value) * plot.width }
        func py(_ value: Double) -> Double { plot.top + (1 - ys.fraction(value)) * plot.height }
        var out = "<g>\n"
        if !panel.title.isEmpty {
            out += "<text x=\"\(f(plot.left))\" y=\"\(f(origin.y + 20))\" font-weight=\"bold\">\(escape(panel.title))</text>\n"
        }
        for tick in ys.ticks {
            out += "<line x1=\"\(f(plot.left))\" y1=\"\(f(py(tick)))\" x2=\"\(f(plot.left + plot.width))\" y2=\"\(f(py(tick)))\" stroke=\"#e4e4e4\"/>"
            out += "<text x=\"\(f(plot.left - 6))\" y=\"\(f(py(tick) + 4))\" text-anchor=\"end\" fill=\"#444444\">\(escape(number(tick)))</text>\n"
        }
        for tick in xs.ticks {
            out += "<line x1=\"\(f(px(tick)))\" y1=\"\(f(plot.top + plot.height))\" x2=\"\(f(px(tick)))\" y2=\"\(f(plot.top + plot.height + 4))\" stroke=\"#444444\"/>"
            out += "<text x=\"\(f(px(tick)))\" y=\"\(f(plot.top + plot.height + 17))\" text-anchor=\"middle\" fill=\"#444444\">\(escape(number(tick)))</text>\n"
        }
        out += "<rect x=\"\(f(plot.left))\" y=\"\(f(plot.top))\" width=\"\(f(plot.width))\" height=\"\(f(plot.height))\" fill=\"none\" stroke=\"#888888\"/>\n"
        out += "<text x=\"\(f(plot.left + plot.width / 2))\" y=\"\(f(plot.top + plot.height + 36))\" text-anchor=\"middle\">\(escape(xLabel))</text>\n"
        let middle = plot.top + plot.height / 2
        out += "<text x=\"\(f(origin.x + 14))\" y=\"\(f(middle))\" text-anchor=\"middle\" transform=\"rotate(-90 \(f(origin.x + 14)) \(f(middle)))\">\(escape(yLabel))</text>\n"
        for series in panel.series where !series.points.isEmpty {
            let colour = colours[series.variant % colours.count]
            let upper = series.points.map { "\(f(px($0.x))),\(f(py($0.summary.upper)))" }
            let lower = series.points.reversed().map { "\(f(px($0.x))),\(f(py($0.summary.lower)))" }
            out += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(colour)\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
            let line = series.points.map { "\(f(px($0.x))),\(f(py($0.summary.mean)))" }.joined(separator: " ")
            out += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
            for point in series.points {
                out += "<circle cx=\"\(f(px(point.x)))\" cy=\"\(f(py(point.summary.mean)))\" r=\"3\" fill=\"\(colour)\"/>"
            }
            out += "\n"
        }
        return out + "</g>\n"
    }

    /// A linear scale with round ticks (1, 2 or 5 times a power of ten), or the values themselves
    /// when there are few of them (the swept values on x).
    struct Axis {
        let low: Double, high: Double, ticks: [Double]

        init(values: [Double], exact: [Double]?) {
            var low = values.min() ?? 0, high = values.max() ?? 1
            if let exact, exact.count <= 12 {
                if low == high { low -= 1; high += 1 }
                let pad = (high - low) * 0.04
                (self.low, self.high, ticks) = (low - pad, high + pad, exact)
                return
            }
            if low == high { let pad = abs(low) * 0.1 + (low == 0 ? 1 : 0); low -= pad; high += pad }
            if low > 0, low < 0.25 * high { low = 0 }
            let raw = (high - low) / 5, power = pow(10, floor(log10(raw)))
            let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? 10 * power
            let first = floor(low / step) * step, last = ceil(high / step) * step
            (self.low, self.high) = (first, last)
            ticks = stride(from: first, through: last + step / 2, by: step).map { ($0 / step).rounded() * step }
        }

        func fraction(_ value: Double) -> Double { high > low ? (value - low) / (high - low) : 0.5 }
    }

    /// Coordinates with two decimals: enough for a screen, stable as text.
    static func f(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }

    /// Three significant digits.
    static func number(_ value: Double) -> String {
        if value == 0 { return "0" }
        if abs(value) >= 1e6 || abs(value) < 1e-3 { return String(format: "%.3g", value) }
        let decimals = max(0, 2 - Int(floor(log10(abs(value)))))
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") { while text.hasSuffix("0") { text.removeLast() }; if text.hasSuffix(".") { text.removeLast() } }
        return text
    }

    /// Text for an SVG element: the same escaping as HTML text (SVG is XML).
    static func escape(_ text: String) -> String { HTMLEscaping.text(text) }
}

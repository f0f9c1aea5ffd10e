import GovSimText
import Foundation
import GovSimGraphviz

/// Time series as pictures, SVG written directly (Graphviz lays out graphs, not axes): open
/// cases over time with one line and confidence band per variant, and the busy share of each
/// level over time, one panel per variant. Variants keep the comparison chart's colours.
enum TimeSeriesChart {
    static let levelColours = ["#b2182b", "#ef8a62", "#67a9cf", "#2166ac", "#5aae61", "#762a83", "#999999"]
    typealias Axis = SweepChart.Axis
    struct Frame { let left: Double, top: Double, width: Double, height: Double }

    /// Open cases over time; nil when nothing was sampled.
    static func backlog(_ series: TimeSeries, title: String, timeUnit: String, warmup: Double) -> String? {
        let drawn = series.variants.enumerated().filter { !$0.element.times.isEmpty }
        guard !drawn.isEmpty else { return nil }
        let width = 960.0, height = 420.0
        let plot = Frame(left: 70, top: 78, width: width - 70 - 24, height: height - 78 - 56)
        let xs = Axis(values: drawn.flatMap(\.element.times), exact: nil)
        let ys = Axis(values: [0] + drawn.flatMap { $0.element.backlog.flatMap { [$0.upper, $0.mean] } }.filter(\.isFinite), exact: nil)
        var svg = header(width: width, height: height, title: title,
                         subtitle: "Open cases over time: mean of the replications, band = 95% confidence interval")
        svg += warmupShade(warmup, xs: xs, plot: plot)
        svg += axes(xs: xs, ys: ys, plot: plot, xLabel: "time (\(timeUnit)s)", yLabel: "open cases", percent: false)
        for (index, variant) in drawn {
            let colour = Palette.variants[index % Palette.variants.count]
            let points = zip(variant.times, variant.backlog).filter { $0.1.mean.isFinite }
            let upper = points.map { (x($0.0, xs, plot), y($0.1.upper.isFinite ? $0.1.upper : $0.1.mean, ys, plot)) }
            let lower = points.map { (x($0.0, xs, plot), y($0.1.lower.isFinite ? $0.1.lower : $0.1.mean, ys, plot)) }
            svg += "<polygon points=\"\(path(upper + lower.reversed()))\" fill=\"\(colour)\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
            svg += polyline(points.map { (x($0.0, xs, plot), y($0.1.mean, ys, plot)) }, colour: colour, width: 2.5)
        }
        svg += legend(drawn.map { ($0.element.name, Palette.variants[$0.offset % Palette.variants.count]) }, x: plot.left, y: 62)
        return svg + "</svg>\n"
    }

    /// Busy share of each level's staff over time, one panel per variant; nil when nothing was sampled.
    static func utilisation(_ series: TimeSeries, title: String, timeUnit: String, warmup: Double) -> String? {
        let drawn = series.variants.filter { !$0.times.isEmpty && !$0.utilisation.isEmpty }
        guard !drawn.isEmpty else { return nil }
        let columns = min(drawn.count, 2), rows = (drawn.count + columns - 1) / columns
        let panelWidth = 480.0, panelHeight = 300.0, top = 62.0
        let width = Double(columns) * panelWidth, height = top + Double(rows) * panelHeight + 34
        let xs = Axis(values: drawn.flatMap(\.times), exact: nil)
        let ys = Axis(values: [0] + drawn.flatMap { $0.utilisation.flatMap { $0 } }.filter(\.isFinite), exact: nil)
        // One busy official is 0% or 100% at any instant: a moving mean makes the load readable.
        let samples = drawn.map(\.times.count).max() ?? 0
        let window = max(1, samples / 25)
        let step = drawn.first.map { $0.times.count > 1 ? $0.times[1] - $0.times[0] : 0 } ?? 0
        let smoothing = window > 1 ? ", moving mean over \(NumberFormat.short(Double(window) * step)) \(timeUnit)s" : ""
        var svg = header(width: width, height: height, title: title,
                         subtitle: "Busy share of each level's staff (level 0 = the top): mean of the replications\(smoothing)")
        for (index, variant) in drawn.enumerated() {
            let left = Double(index % columns) * panelWidth, upper = top + Double(index / columns) * panelHeight
            let plot = Frame(left: left + 62, top: upper + 30, width: panelWidth - 62 - 20, height: panelHeight - 30 - 50)
            svg += "<text x=\"\(f(plot.left))\" y=\"\(f(upper + 20))\" font-weight=\"bold\" font-size=\"14\">\(HTMLEscaping.text(variant.name))</text>\n"
            svg += warmupShade(warmup, xs: xs, plot: plot)
            svg += axes(xs: xs, ys: ys, plot: plot, xLabel: "time (\(timeUnit)s)", yLabel: "busy", percent: true)
            for (level, shares) in variant.utilisation.enumerated() {
                let points = zip(variant.times, movingMean(shares, window: window)).filter { $0.1.isFinite }.map { (x($0.0, xs, plot), y($0.1, ys, plot)) }
                svg += polyline(points, colour: levelColours[min(level, levelColours.count - 1)], width: 1.8)
            }
        }
        let levels = drawn.map(\.utilisation.count).max() ?? 0
        svg += legend((0..<levels).map { ("level \($0)", levelColours[min($0, levelColours.count - 1)]) }, x: 62, y: height - 12)
        return svg + "</svg>\n"
    }

    /// The mean of each value and its neighbours, `window` values in all (fewer at the ends).
    static func movingMean(_ values: [Double], window: Int) -> [Double] {
        guard window > 1 else { return values }
        let before = (window - 1) / 2, after = window - 1 - before
        return values.indices.map { index in
            let part = values[max(0, index - before)...min(values.count - 1, index + after)].filter(\.isFinite)
            return part.isEmpty ? .nan : part.reduce(0, +) / Double(part.count)
        }
    }

    // MARK: - Drawing

    static func header(width: Double, height: Double, title: String, subtitle: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" viewBox="0 0 \(f(width)) \(f(height))" font-family="Helvetica, Arial, sans-serif" font-size="12" fill="#222222">
        <rect width="100%" height="100%" fill="#ffffff"/>
        <text x="12" y="24" font-size="17" font-weight="bold">\(HTMLEscaping.text(title))</text>
        <text x="12" y="44" fill="#555555">\(HTMLEscaping.text(subtitle))</text>

        """
    }

    static func axes(xs: Axis, ys: Axis, plot: Frame, xLabel: String, yLabel: String, percent: Bool) -> String {
        var out = "<g stroke=\"#dddddd\" stroke-width=\"1\">\n"
        for tick in ys.ticks {
            out += "<line x1=\"\(f(plot.left))\" y1=\"\(f(y(tick, ys, plot)))\" x2=\"\(f(plot.left + plot.width))\" y2=\"\(f(y(tick, ys, plot)))\"/>\n"
        }
        out += "</g>\n<g fill=\"#444444\" font-size=\"11\">\n"
        for tick in ys.ticks {
            let text = percent ? NumberFormat.percent(tick) : NumberFormat.short(tick)
            out += "<text x=\"\(f(plot.left - 6))\" y=\"\(f(y(tick, ys, plot) + 4))\" text-anchor=\"end\">\(text)</text>\n"
        }
        for tick in xs.ticks where tick >= xs.low && tick <= xs.high {
            out += "<text x=\"\(f(x(tick, xs, plot)))\" y=\"\(f(plot.top + plot.height + 16))\" text-anchor=\"middle\">\(NumberFormat.short(tick))</text>\n"
        }
        out += "</g>\n"
        out += "<rect x=\"\(f(plot.left))\" y=\"\(f(plot.top))\" width=\"\(f(plot.width))\" height=\"\(f(plot.height))\" fill=\"none\" stroke=\"#888888\"/>\n"
        out += "<text x=\"\(f(plot.left + plot.width / 2))\" y=\"\(f(plot.top + plot.height + 34))\" text-anchor=\"middle\" fill=\"#444444\">\(HTMLEscaping.text(xLabel))</text>\n"
        let middle = plot.top + plot.height / 2
        out += "<text x=\"\(f(plot.left - 48))\" y=\"\(f(middle))\" text-anchor=\"middle\" fill=\"#444444\" transform=\"rotate(-90 \(f(plot.left - 48)) \(f(middle)))\">\(HTMLEscaping.text(yLabel))</text>\n"
        return out
    }

    /// The warm-up, not measured, shaded and labelled.
    static func warmupShade(_ warmup: Double, xs: Axis, plot: Frame) -> String {
        guard warmup > xs.low else { return "" }
        let right = x(min(warmup, xs.high), xs, plot)
        return "<rect x=\"\(f(plot.left))\" y=\"\(f(plot.top))\" width=\"\(f(right - plot.left))\" height=\"\(f(plot.height))\" fill=\"#f0f0f0\"/>\n"
            + "<text x=\"\(f(plot.left + 4))\" y=\"\(f(plot.top + 14))\" font-size=\"10\" fill=\"#777777\">warm-up</text>\n"
    }

    static func legend(_ entries: [(String, String)], x: Double, y: Double) -> String {
        var out = "", left = x
        for (name, colour) in entries {
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y - 4))\" x2=\"\(f(left + 24))\" y2=\"\(f(y - 4))\" stroke=\"\(colour)\" stroke-width=\"3\"/>"
            out += "<text x=\"\(f(left + 30))\" y=\"\(f(y))\">\(HTMLEscaping.text(name))</text>\n"
            left += 48 + Double(name.count) * 7
        }
        return out
    }

    static func polyline(_ points: [(Double, Double)], colour: String, width: Double) -> String {
        guard !points.isEmpty else { return "" }
        return "<polyline points=\"\(path(points))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"\(f(width))\" stroke-linejoin=\"round\"/>\n"
    }

    static func path(_ points: [(Double, Double)]) -> String { points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ") }
    static func x(_ value: Double, _ axis: Axis, _ plot: Frame) -> Double { plot.left + axis.fraction(value) * plot.width }
    static func y(_ value: Double, _ axis: Axis, _ plot: Frame) -> Double { plot.top + (1 - axis.fraction(value)) * plot.height }
    static func f(_ value: Double) -> String { SweepChart.f(value) }
}

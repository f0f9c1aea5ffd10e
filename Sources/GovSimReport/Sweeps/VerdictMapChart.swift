import Foundation
import GovSimScenario
import GovSimText

/// Where in the swept range each claim holds, as SVG: one cell per point coloured by the claim's
/// verdict there. One swept parameter: a row per claim along it; two: one grid per claim, the
/// charts' parameter across and the other up. (Three or more have no map: sweep-summary.csv has
/// the verdict of every point.)
public enum VerdictMapChart {
    static let colours: [(Claim.Verdict, String)] = [
        (.supported, "#1a7f37"), (.contradicted, "#b42318"), (.negligible, "#8fb3d9"), (.inconclusive, "#c8ccd2"),
        (.unstable, "#b54708"), (.notTestable, "#f2f2f2"),
    ]
    static let cell = 26.0

    /// The map, or nil when the sweep has no claims, more than two parameters, or no judged point.
    public static func svg(_ definition: SweepDefinition, _ verdicts: SweepVerdicts) -> String? {
        guard !definition.claims.isEmpty, (1...2).contains(definition.parameters.count),
              verdicts.results.contains(where: { $0 != nil }) else { return nil }
        let x = definition.x, y = definition.parameters.count == 2 ? 1 - x : nil
        let xs = Array(Set(definition.points.map { $0[x] })).sorted()
        let ys = y.map { y in Array(Set(definition.points.map { $0[y] })).sorted(by: >) } ?? [.nan]
        let labelWidth = 170.0, panelWidth = labelWidth + Double(xs.count) * cell + 20
        let panelHeight = Double(ys.count) * cell + (y == nil ? 6 : 30)
        let top = 70.0, axisRow = 40.0
        let height = top + Double(definition.claims.count) * panelHeight + axisRow + 30
        let width = max(panelWidth, 620)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" viewBox="0 0 \(f(width)) \(f(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="10" y="22" font-size="16" font-weight="bold">\(escape(definition.title))</text>
            <text x="10" y="42" fill="#444444">Each claim's verdict at every point of the sweep\(y.map { " (up: \(escape(definition.parameters[$0])))" } ?? "")</text>

            """
        svg += legend(y: 58)
        for (index, claim) in definition.claims.enumerated() {
            let panelTop = top + Double(index) * panelHeight + (y == nil ? 0 : 22)
            let tally = verdicts.summary(claim: index)
            if y != nil {
                svg += "<text x=\"10\" y=\"\(f(panelTop - 6))\" font-weight=\"bold\">\(escape(claim.id))</text>"
                svg += "<text x=\"\(f(labelWidth))\" y=\"\(f(panelTop - 6))\" fill=\"#444444\" font-size=\"11\">\(escape(tally))</text>\n"
            }
            for (row, yValue) in ys.enumerated() {
                let rowTop = panelTop + Double(row) * cell
                let label = y == nil ? claim.id : NumberFormat.short(yValue)
                svg += "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(rowTop + cell * 0.65))\" text-anchor=\"end\">\(escape(label))</text>"
                for (column, xValue) in xs.enumerated() {
                    let point = definition.points.indices.first { point in
                        definition.points[point][x] == xValue && y.map { definition.points[point][$0] == yValue } ?? true
                    }
                    let verdict = point.flatMap { verdicts.results[$0]?[index].verdict }
                    let fill = verdict.flatMap { v in colours.first { $0.0 == v }?.1 } ?? "#ffffff"
                    svg += "<rect x=\"\(f(labelWidth + Double(column) * cell))\" y=\"\(f(rowTop))\" width=\"\(f(cell - 2))\" height=\"\(f(cell - 2))\" fill=\"\(fill)\" stroke=\"#888888\" stroke-width=\"0.5\"><title>\(escape(verdict?.rawValue ?? "not run"))</title></rect>"
                }
                svg += "\n"
            }
        }
        let axisTop = height - axisRow - 10
        for (column, xValue) in xs.enumerated() {
            let centre = labelWidth + Double(column) * cell + cell / 2 - 1
            svg += "<text x=\"\(f(centre))\" y=\"\(f(axisTop + 14))\" text-anchor=\"end\" font-size=\"11\" transform=\"rotate(-45 \(f(centre)) \(f(axisTop + 14)))\">\(escape(NumberFormat.short(xValue)))</text>"
        }
        svg += "\n<text x=\"\(f(labelWidth))\" y=\"\(f(height - 8))\">\(escape(definition.parameters[x]))</text>\n"
        return svg + "</svg>\n"
    }

    private static func legend(y: Double) -> String {
        var out = "", left = 10.0
        for (verdict, colour) in colours {
            out += "<rect x=\"\(f(left))\" y=\"\(f(y - 10))\" width=\"12\" height=\"12\" fill=\"\(colour)\" stroke=\"#888888\" stroke-width=\"0.5\"/>"
            let label = verdict.rawValue.replacingOccurrences(of: "_", with: " ")
            out += "<text x=\"\(f(left + 16))\" y=\"\(f(y))\">\(escape(label))</text>"
            left += 26 + Double(label.count) * 7
        }
        return out + "\n"
    }

    static func f(_ value: Double) -> String { SweepChart.f(value) }
    static func escape(_ text: String) -> String { SweepChart.escape(text) }
}

import Foundation
import GovSimEngine
import GovSimReport
import GovSimScenario

/// What `govsim sweep` and `govsim merge` print: the size of the sweep, the charted metrics per
/// point and variant, and the metrics that hit the replication cap.
enum SweepReport {
    /// Points listed in full; larger sweeps point to sweep-summary.csv.
    static let maxRows = 40

    static func render(_ definition: SweepDefinition, _ results: SweepResults, shard: SweepRunner.Shard? = nil,
                       seconds: Double? = nil) -> String {
        let pairs = results.pairs.count
        var text = "\(definition.title)\nSweep of \(definition.points.count) points over \(definition.parameters.joined(separator: ", "))"
        text += ", \(definition.variants.count) variants: \(pairs) (point, replication) pairs"
        if let shard { text += " in shard \(shard.index) of \(shard.count)" }
        if let seconds { text += String(format: " in %.1f s", seconds) }
        guard shard == nil else { return text }
        for metric in definition.metrics { text += "\n\n" + table(definition, results, metric: metric) }
        if !definition.claims.isEmpty {
            let verdicts = SweepVerdicts(definition, results)
            text += "\n\nClaims across the swept range (each judged at every point as in a run):"
            for (index, claim) in definition.claims.enumerated() {
                text += "\n  \(claim.id): \(verdicts.summary(claim: index))"
            }
        }
        let capped = definition.points.indices.flatMap { point in
            results.capped(point: point, definition: definition).map { "point \(point) \(definition.variants[$0.variant]).\($0.metric)" }
        }
        if let precision = definition.precision {
            text += "\n\nPrecision: 95% CI half-width within \(CSVWriter.number(precision.relative * 100))% of the mean, "
            text += "at most \(precision.maxReplications) replications per point. "
            text += capped.isEmpty ? "Every charted metric met it."
                : "\(capped.count) hit the cap without it: " + capped.prefix(12).joined(separator: ", ") + (capped.count > 12 ? ", ..." : "")
        }
        return text
    }

    /// One charted metric: a row per point, a column per variant (mean ± half-width, n).
    static func table(_ definition: SweepDefinition, _ results: SweepResults, metric: String) -> String {
        let names = definition.parameters.map { $0.split(separator: ".").last.map(String.init) ?? $0 }
        var rows = [names + definition.variants.map { "\($0) (n)" }]
        for point in definition.points.indices.prefix(maxRows) where !results.replications(of: point).isEmpty {
            let cells = definition.variants.indices.map { variant -> String in
                let summary = results.summary(point: point, variant: variant, metric: metric)
                let growth = results.values(point: point, variant: variant, metric: Metric.backlogGrowth.rawValue)
                let mark = Stability.isGrowing(growth) && MetricRegistry.definition(named: metric)?.needsSteadyState == true ? " !" : ""
                return "\(ComparisonTable.cell(summary, metric: metric)) [n=\(summary.count)]\(mark)"
            }
            rows.append(definition.points[point].map(CSVWriter.number) + cells)
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { String(repeating: " ", count: widths[$0] - $1.count) + $1 }.joined(separator: "  ")
        }
        lines.insert(String(repeating: "-", count: lines[0].count), at: 1)
        let unit = MetricRegistry.isTime(metric) ? "; in \(definition.timeUnit)s" : ""
        var text = "\(metric) (mean, its 95% confidence interval, and replications\(unit))\n" + lines.joined(separator: "\n")
        if lines.contains(where: { $0.hasSuffix(" !") }) {
            text += "\n! no steady state at this point (the open cases kept growing): the figure grows with the horizon"
        }
        if definition.points.count > maxRows { text += "\n... \(definition.points.count - maxRows) more points in sweep-summary.csv" }
        return text
    }
}

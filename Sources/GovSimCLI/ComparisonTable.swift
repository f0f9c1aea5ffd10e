import Foundation
import GovSimEngine
import GovSimScenario

/// The side-by-side table `govsim run` prints: one row per metric, one column per variant.
enum ComparisonTable {
    static let headline = [
        "turnaround.mean", "turnaround.p90", "decision_time.mean", "turnaround.wait", "turnaround.work",
        "turnaround.transit", "hops.per_case", "messages.per_case", "utilisation.level.0", "utilisation.max",
        "fidelity.at_decision", "decisions.accuracy", "cost.per_case", "cases.completed", "cases.backlog", "staff.total",
    ]

    static func render(_ run: ScenarioRun) -> String {
        // The usual figures, then whatever else the scenario's claims are about.
        var named = headline
        for result in run.claims {
            for operand in [result.claim.expect.left, result.claim.expect.right] {
                if case .metric(_, let metric) = operand, !named.contains(metric) { named.append(metric) }
            }
        }
        let metrics = named.filter { name in run.variants.contains { $0.summary[name] != nil } }
        var rows = [["metric"] + run.variants.map(\.name)]
        for metric in metrics {
            rows.append([metric] + run.variants.map { variant in variant.summary[metric].map(format) ?? "-" })
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "   ")
        }
        lines.insert(String(repeating: "-", count: lines[0].count), at: 1)
        var text = lines.joined(separator: "\n")
        text += "\n(mean ± 95% CI half-width over \(run.scenario.replications) replications; times in \(run.scenario.timeUnit)s)"
        if !run.claims.isEmpty {
            text += "\n\nClaims:"
            for result in run.claims {
                text += "\n  [\(result.verdict.rawValue)] \(result.claim.id): \(result.claim.expect)"
                text += "  (\(format(result.left)) vs \(format(result.right)))"
            }
        }
        return text
    }

    static func format(_ summary: MetricSummary) -> String {
        guard !summary.mean.isNaN else { return "n/a" }
        // Rounding noise on a metric that does not vary (±1e-15) is shown as no interval at all.
        guard summary.count > 1, summary.halfWidth > 1e-9 * max(abs(summary.mean), 1e-300) else { return number(summary.mean) }
        return "\(number(summary.mean)) ± \(number(summary.halfWidth))"
    }

    /// Three significant digits, without exponent for everyday magnitudes.
    static func number(_ value: Double) -> String {
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e6 || magnitude < 1e-3 { return String(format: "%.3g", value) }
        let decimals = max(0, 2 - Int(floor(log10(magnitude))))
        return String(format: "%.\(decimals)f", value)
    }
}

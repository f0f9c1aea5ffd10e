import Foundation
import GovSimEngine
import GovSimReport
import GovSimScenario

/// The side-by-side table `govsim run` prints: one row per metric (the run summary's table rows,
/// as in the reports), one column per variant, figures by the one formatter the reports use.
enum ComparisonTable {
    static func render(_ run: RunSummary) -> String {
        var rows = [["metric"] + run.variants.map(\.name)]
        for metric in run.tableMetrics {
            rows.append([metric] + run.variants.map { variant in
                guard let summary = variant.metrics[metric] else { return "-" }
                return cell(summary, metric: metric) + (variant.isUnreliable(metric) ? " !" : "")
            })
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
        text += "\n(mean and 95% confidence interval over \(run.scenario.replications) replications; times in \(run.scenario.timeUnit)s)"
        for variant in run.variants where variant.stability.status == .unstable {
            text += "\n! UNSTABLE: \(variant.name) reaches no steady state: \(variant.stability.reasons.joined(separator: "; ")). "
                + "Figures marked ! grow with the horizon."
        }
        if !run.claims.isEmpty {
            text += "\n\nClaims:"
            for result in run.claims {
                text += "\n  [\(result.verdict.rawValue)] \(result.claim.id): \(result.claim.expect)"
                if let effect = ClaimText.effect(result) {
                    text += "\n      \(effect)"
                } else {
                    text += "  (\(side(result.claim.expect.left, result.left)) vs \(side(result.claim.expect.right, result.right)))"
                }
                if result.verdict == .unstable || result.verdict == .notTestable { text += "\n      \(ClaimText.meaning(result))" }
                if let robustness = run.robustness, let tally = robustness.summary(claim: result.claim.id) {
                    text += "\n      across \(robustness.range): \(tally)"
                }
            }
        }
        return text
    }

    /// "2.511 (2.504 to 2.517)": the reports' figures, without "95% CI" in every cell.
    static func cell(_ summary: MetricSummary, metric: String) -> String {
        let text = SummaryText.estimate(summary, metric: metric)
        return text.interval.map { "\(text.mean) (\($0))" } ?? text.mean
    }

    private static func side(_ operand: Claim.Operand, _ summary: MetricSummary) -> String {
        guard case .metric(_, let metric) = operand else { return SummaryText.withInterval(summary) }
        return SummaryText.withInterval(summary, metric: metric)
    }
}

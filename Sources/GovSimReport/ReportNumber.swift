import Foundation
import GovSimEngine

/// Numbers as the report prints them: three significant digits, thousands grouped, so a table
/// reads the same on a projector, on paper and in Markdown.
enum ReportNumber {
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e9 || magnitude < 1e-3 { return String(format: "%.3g", value) }
        if magnitude >= 999.5 { return grouped(Int(value.rounded())) }
        let decimals = max(0, 2 - Int(floor(log10(magnitude))))
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// A share as a percentage: "48%".
    static func percent(_ share: Double) -> String {
        share.isFinite ? "\(Int((share * 100).rounded()))%" : "n/a"
    }

    /// A summary's mean and its interval's bounds with the same number of decimals: as many as
    /// three significant digits of the mean need, more when the interval is narrower, so the
    /// bounds never round onto the mean ("2.511, 2.504 to 2.517", not "2.51, 2.5 to 2.51").
    static func summary(_ summary: MetricSummary) -> (mean: String, interval: String?) {
        guard summary.mean.isFinite else { return ("n/a", nil) }
        guard summary.count > 1, summary.lower.isFinite, summary.upper.isFinite, summary.upper > summary.lower,
              abs(summary.mean) < 1e9, abs(summary.mean) >= 1e-3 || summary.mean == 0
        else { return (short(summary.mean), nil) }
        let decimals = min(6, max(significantDecimals(summary.mean, digits: 3), significantDecimals(summary.halfWidth, digits: 1)))
        return (fixed(summary.mean, decimals), "\(fixed(summary.lower, decimals)) to \(fixed(summary.upper, decimals))")
    }

    /// "2.511 (95% CI 2.504 to 2.517)".
    static func withInterval(_ value: MetricSummary) -> String {
        let text = summary(value)
        return text.interval.map { "\(text.mean) (95% CI \($0))" } ?? text.mean
    }

    /// Decimals that show `digits` significant digits of `value` (none for large values).
    static func significantDecimals(_ value: Double, digits: Int) -> Int {
        guard value.isFinite, value != 0 else { return 0 }
        return max(0, digits - 1 - Int(floor(log10(abs(value)))))
    }

    /// `value` with exactly `decimals` decimals, thousands grouped.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = grouped(Int(parts[0]) ?? 0)
        let sign = value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
        return sign + whole + (parts.count > 1 ? "." + parts[1] : "")
    }
}

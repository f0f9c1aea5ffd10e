import Foundation

/// Numbers as every output prints them (terminal, Markdown, HTML, charts): three significant digits
/// by default, thousands grouped, no exponent for everyday magnitudes. The one formatter of the
/// package, so a figure reads the same on a projector, on paper and in a terminal.
public enum NumberFormat {
    /// `value` to `digits` significant digits: "2.51", "0.857", "21,610", "0.0004", "n/a".
    public static func short(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return "n/a" }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e9 || magnitude < 1e-3 { return String(format: "%.\(digits)g", value) }
        if magnitude >= pow(10, Double(digits)) - 0.5 { return grouped(Int(value.rounded())) }
        var text = fixed(value, significantDecimals(value, digits: digits))
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// An integer with thousands grouped: "1,234,567".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// A share as a whole percentage: "48%".
    public static func percent(_ share: Double) -> String {
        share.isFinite ? "\(Int((share * 100).rounded()))%" : "n/a"
    }

    /// "1 peer link", "84 peer links".
    public static func count(_ value: Int, _ noun: String) -> String {
        "\(grouped(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    /// A mean and its interval's bounds with the same number of decimals: as many as `digits`
    /// significant digits of the mean need, more when the interval is narrower, so the bounds never
    /// round onto the mean ("2.511, 2.504 to 2.517", not "2.51, 2.5 to 2.51"). No interval when
    /// there is none to show (one value, no spread, or a magnitude printed with an exponent).
    public static func estimate(mean: Double, lower: Double, upper: Double, count: Int,
                                digits: Int = 3) -> (mean: String, interval: String?) {
        guard mean.isFinite else { return ("n/a", nil) }
        guard count > 1, lower.isFinite, upper.isFinite, upper > lower,
              abs(mean) < 1e9, abs(mean) >= 1e-3 || mean == 0
        else { return (short(mean, digits: digits), nil) }
        let halfWidth = (upper - lower) / 2
        let decimals = min(6, max(significantDecimals(mean, digits: digits), significantDecimals(halfWidth, digits: 1)))
        return (fixed(mean, decimals), "\(fixed(lower, decimals)) to \(fixed(upper, decimals))")
    }

    /// "2.511 (95% CI 2.504 to 2.517)", or the mean alone when there is no interval.
    public static func withInterval(mean: Double, lower: Double, upper: Double, count: Int, digits: Int = 3) -> String {
        let text = estimate(mean: mean, lower: lower, upper: upper, count: count, digits: digits)
        return text.interval.map { "\(text.mean) (95% CI \($0))" } ?? text.mean
    }

    /// Decimals that show `digits` significant digits of `value` (none for large values).
    public static func significantDecimals(_ value: Double, digits: Int) -> Int {
        guard value.isFinite, value != 0 else { return 0 }
        return max(0, digits - 1 - Int(floor(log10(abs(value)))))
    }

    /// `value` with exactly `decimals` decimals, thousands grouped.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = grouped(Int(parts[0]) ?? 0)
        let sign = value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
        return sign + whole + (parts.count > 1 ? "." + parts[1] : "")
    }
}

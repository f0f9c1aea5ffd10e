import Foundation

/// Numbers as a person reads them on a slide: three significant digits, thousands grouped.
enum NumberText {
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 100_000 { return grouped(Int(value.rounded())) }
        if magnitude >= 100 { return grouped(Int(value.rounded())) }
        if magnitude < 0.001 { return String(format: "%.2g", value) }
        let decimals = max(0, 2 - Int(floor(log10(magnitude))))
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }

    /// "1 peer link", "84 peer links".
    static func count(_ value: Int, _ noun: String) -> String {
        "\(grouped(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "n/a" }
        return "\(Int((share * 100).rounded()))%"
    }
}

/// Comma-separated values per RFC 4180, safe to open in a spreadsheet.
public enum CSVWriter {
    /// One row: cells quoted when they hold a comma, quote or line break; a text cell that a
    /// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe.
    public static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    static func cell(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number as CSV text: the shortest round-trip form, empty for NaN.
    public static func number(_ value: Double) -> String {
        value.isNaN ? "" : JSONOutput.format(value)
    }
}

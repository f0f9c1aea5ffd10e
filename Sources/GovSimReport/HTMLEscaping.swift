import Foundation

/// Text from a scenario made safe for HTML: whatever a scenario says (a unit named
/// `<script>alert(1)</script>`), the page shows it as text.
public enum HTMLEscaping {
    /// For element content and quoted attribute values alike: `& < > " '` as entities, control
    /// characters other than tab and line feed dropped (they are not allowed in HTML), and so are
    /// bidirectional overrides (``isBidiControl(_:)``).
    public static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !isBidiControl(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20, !(0x7F...0x9F).contains(scalar.value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069): a name holding
    /// U+202E shows "txt.exe" as "exe.txt" and reverses the text after it. Right-to-left scripts
    /// need none of them; the Unicode bidirectional algorithm lays them out.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Plain text as HTML paragraphs: a blank line starts a new one, a single line break stays a
    /// line break.
    public static func paragraphs(_ text: String) -> String {
        blocks(text).map { lines in "<p>" + lines.map(Self.text).joined(separator: "<br>\n") + "</p>" }.joined(separator: "\n")
    }

    /// Lines grouped into paragraphs at blank lines, trimmed, empty ones dropped.
    static func blocks(_ text: String) -> [[String]] {
        var blocks: [[String]] = [], current: [String] = []
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { blocks.append(current); current = [] }
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }
}

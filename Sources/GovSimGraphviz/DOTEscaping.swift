/// How text is made safe for each place it can appear in DOT.
public enum DOTEscaping {
    /// A quoted DOT string (`"..."`) whose content Graphviz shows literally.
    ///
    /// Inside quotes DOT itself only knows `\"`, but Graphviz then reads labels as "escString":
    /// `\N` becomes the node's name, `\n` a line break. Doubling every backslash keeps a user's
    /// `\N` as the two characters it is; real line breaks become `\n` on purpose.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r", "\u{2028}", "\u{2029}", "\u{85}": result += "\\n"
            default:
                if scalar.properties.generalCategory == .control || isBidiControl(scalar) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069): a name with
    /// U+202E would show "txt.exe" as "exe.txt" and reverse the labels after it. Right-to-left
    /// scripts need none of them, so they are dropped.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Text inside an HTML-like label or attribute: the five XML specials become entities, a
    /// backslash is kept from starting a Graphviz escape, and control characters (which expat
    /// rejects) are dropped.
    public static func htmlText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            // Graphviz 2.42 expands \N, \G, \L... even in HTML-like labels, after decoding entities,
            // so no escape helps; an invisible word joiner after the backslash breaks the pair.
            case "\\": result += "\\\u{2060}"
            default:
                if scalar.properties.generalCategory == .control || isBidiControl(scalar) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A number written the same way on every machine: up to four decimals, no trailing zeros,
    /// never an exponent.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let scaled = (value * 10_000).rounded()
        guard abs(scaled) < 1e15 else { return String(Int64(value.rounded())) }
        let whole = Int64(scaled) / 10_000
        var fraction = abs(Int64(scaled) % 10_000)
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        guard fraction != 0 else { return "\(sign)\(whole)" }
        var digits = 4
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let padded = String(repeating: "0", count: digits - String(fraction).count) + String(fraction)
        return "\(sign)\(whole).\(padded)"
    }
}

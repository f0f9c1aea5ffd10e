import Foundation

/// Text from a scenario made inert in GitHub-flavoured Markdown: no emphasis, links, images,
/// raw HTML, table breaks, math or block markers can come out of it, only the characters.
public enum MarkdownEscaping {
    /// Characters that start inline syntax (CommonMark lets any ASCII punctuation be escaped
    /// with a backslash; these are the ones that can do something, `$` for GitHub's math).
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "$", "#", "!"]

    /// One line of text: line breaks become spaces, special characters are backslash-escaped,
    /// control characters and bidirectional overrides dropped.
    public static func inline(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars where !HTMLEscaping.isBidiControl(scalar) {
            switch scalar {
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                if special.contains(scalar) { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text that starts a block (a paragraph or a list item's first line): also escapes what
    /// would make it a heading, quote, list item or rule at the start of the line.
    public static func block(_ text: String) -> String {
        var escaped = inline(text.trimmingCharacters(in: .whitespaces))
        guard let first = escaped.first else { return escaped }
        if "-+=".contains(first) {
            escaped = "\\" + escaped
        } else if first.isASCII, first.isNumber {
            // "1. " or "1) " would start an ordered list.
            let digits = escaped.prefix { $0.isASCII && $0.isNumber }
            let rest = escaped.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")" { escaped = digits + "\\" + rest }
        }
        return escaped
    }

    /// Plain text as Markdown paragraphs, separated by blank lines; single line breaks kept as
    /// hard breaks (a backslash at the end of the line).
    public static func paragraphs(_ text: String) -> String {
        HTMLEscaping.blocks(text).map { lines in lines.map(block).joined(separator: "\\\n") }.joined(separator: "\n\n")
    }
}

/// Fills text into lines of a terminal width, for prose that mixes English and Chinese.
///
/// English breaks at spaces; Chinese, Japanese and Korean characters take two columns and may
/// break between any two of them, except before closing punctuation (，。、etc.).
enum TextWrapping {
    /// `text` wrapped to `width` columns, every line starting with `indent` (or `hanging`, when
    /// given, after a paragraph's first line); paragraphs (lines of the input) stay apart.
    static func wrap(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", used = 0, prefix = indent
            for token in tokens(paragraph) {
                let size = columns(token.text)
                let gap = token.spaced && !line.isEmpty ? 1 : 0
                if !line.isEmpty, used + gap + size > max(width - prefix.count, 20) {
                    lines.append(prefix + line)
                    prefix = hanging ?? indent
                    line = token.text
                    used = size
                } else {
                    line += String(repeating: " ", count: gap) + token.text
                    used += gap + size
                }
            }
            lines.append(line.isEmpty ? "" : prefix + line)
        }
        return lines.joined(separator: "\n")
    }

    /// Words and wide characters, each marked with whether a space came before it.
    static func tokens(_ text: Substring) -> [(text: String, spaced: Bool)] {
        var result: [(text: String, spaced: Bool)] = []
        var word = "", spaced = false
        func flush() {
            if !word.isEmpty { result.append((word, spaced)); spaced = false }
            word = ""
        }
        for character in text {
            if character == " " || character == "\t" {
                flush()
                spaced = true
            } else if isWide(character) {
                if isClosing(character), word.isEmpty, let last = result.popLast() {
                    result.append((last.text + String(character), last.spaced))
                    continue
                }
                flush()
                result.append((String(character), spaced))
                spaced = false
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }

    /// Display columns: two for wide characters.
    static func columns(_ text: String) -> Int { text.reduce(0) { $0 + (isWide($1) ? 2 : 1) } }

    static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value else { return false }
        return (0x1100...0x115F).contains(scalar) || (0x2E80...0xA4CF).contains(scalar) || (0xAC00...0xD7A3).contains(scalar)
            || (0xF900...0xFAFF).contains(scalar) || (0xFE30...0xFE4F).contains(scalar) || (0xFF00...0xFF60).contains(scalar)
            || (0xFFE0...0xFFE6).contains(scalar) || scalar >= 0x20000
    }

    /// Punctuation that must not begin a line.
    static func isClosing(_ character: Character) -> Bool { "，。、；：？！）」』》”’".contains(character) }
}

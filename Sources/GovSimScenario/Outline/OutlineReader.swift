import Foundation
import GovSimModel

/// Reads an outline's lines into entries with their superiors, noting every problem by line.
struct OutlineReader {
    let file: String
    private(set) var entries: [Outline.Entry] = []
    private(set) var problems: [OutlineError.Problem] = []
    private(set) var title: String?
    /// Whether the file indents with tabs (decided by its first indented line).
    private var usesTabs: Bool?

    init(file: String) { self.file = file }

    private mutating func problem(_ line: Int, _ message: String) {
        problems.append(.init(file: file, line: line, message: message))
    }

    mutating func read(_ text: String) {
        var open: [Int] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let body = raw.drop { $0 == " " || $0 == "\t" }
            if body.isEmpty || body.hasPrefix("#") { continue }
            let indentation = raw.prefix(raw.count - body.count)
            guard let indent = measure(indentation, line: number) else { continue }
            if indent == 0, entries.isEmpty, body.lowercased().hasPrefix("title:") {
                title = body.dropFirst(6).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard var entry = parseUnit(String(body), line: number, indent: indent) else { continue }
            var popped: Int?
            while let last = open.last, entries[last].indent >= indent {
                popped = entries[last].indent
                open.removeLast()
            }
            if let popped, popped != indent, let last = open.last, entries[last].indent < indent {
                problem(number, "indentation (\(indent)) matches no line above: indent it like its siblings (\(popped)) or like its superior (\(entries[last].indent))")
                continue
            }
            if indent > 0, open.isEmpty {
                problem(number, "is indented but has no superior above it; start the top unit at the left margin")
                continue
            }
            entry.parent = open.last
            if let parent = open.last { entries[parent].children.append(entries.count) }
            open.append(entries.count)
            entries.append(entry)
        }
    }

    /// Width of an indentation, refusing a file that mixes tabs and spaces.
    private mutating func measure(_ indentation: Substring, line: Int) -> Int? {
        guard !indentation.isEmpty else { return 0 }
        let tabs = indentation.contains("\t"), spaces = indentation.contains(" ")
        if tabs && spaces {
            problem(line, "indentation mixes tabs and spaces; use one or the other")
            return nil
        }
        if let usesTabs, usesTabs != tabs {
            problem(line, "indented with \(tabs ? "tabs" : "spaces") but earlier lines use \(usesTabs ? "tabs" : "spaces"); use one or the other")
            return nil
        }
        usesTabs = tabs
        return indentation.count
    }

    /// `x12 Street office [Tax] (2 staff) <-> Other office`
    private mutating func parseUnit(_ body: String, line: Int, indent: Int) -> Outline.Entry? {
        var (head, links) = splitLinks(body, line: line)
        var entry = Outline.Entry(line: line, indent: indent, name: "")
        if let (count, rest) = multiplier(head, line: line) {
            entry.count = count
            head = rest
        }
        head = head.trimmingCharacters(in: .whitespaces)
        var changed = true
        while changed {
            changed = false
            if head.hasSuffix("]"), let open = head.lastIndex(of: "[") {
                let name = head[head.index(after: open)..<head.index(before: head.endIndex)].trimmingCharacters(in: .whitespaces)
                if name.isEmpty { problem(line, "the department tag [] is empty; write its name, like [Tax]") }
                entry.department = name.isEmpty ? nil : name
                head = head[..<open].trimmingCharacters(in: .whitespaces)
                changed = true
            }
            if head.hasSuffix("staff)"), let open = head.lastIndex(of: "(") {
                let inside = head[head.index(after: open)...].dropLast("staff)".count).trimmingCharacters(in: .whitespaces)
                if let staff = Int(inside), (1...1_000_000).contains(staff) {
                    entry.staff = staff
                } else {
                    problem(line, "staff: expected a whole number from 1 to 1000000, like (3 staff), got \"\(inside)\"")
                }
                head = head[..<open].trimmingCharacters(in: .whitespaces)
                changed = true
            }
        }
        guard !head.isEmpty else {
            problem(line, "the unit has no name")
            return nil
        }
        entry.name = head
        entry.links = links
        return entry
    }

    /// The unit part of a line and the links after it.
    private mutating func splitLinks(_ body: String, line: Int) -> (String, [(kind: Link.Kind, target: String)]) {
        var positions: [(range: Range<String.Index>, kind: Link.Kind)] = []
        for marker in Outline.markers {
            var start = body.startIndex
            while let found = body.range(of: marker.text, range: start..<body.endIndex) {
                positions.append((found, marker.kind))
                start = found.upperBound
            }
        }
        positions.sort { $0.range.lowerBound < $1.range.lowerBound }
        guard let first = positions.first else { return (body, []) }
        var links: [(kind: Link.Kind, target: String)] = []
        for (index, position) in positions.enumerated() {
            let end = index + 1 < positions.count ? positions[index + 1].range.lowerBound : body.endIndex
            let target = body[position.range.upperBound..<end].trimmingCharacters(in: .whitespaces)
            if target.isEmpty {
                let marker = Outline.markers.first { $0.kind == position.kind }?.text ?? ""
                problem(line, "\(marker) needs the name of a unit after it")
            } else {
                links.append((position.kind, target))
            }
        }
        return (String(body[..<first.range.lowerBound]), links)
    }

    /// `x12 ` or `×12 ` at the start: the count and the rest of the line.
    private mutating func multiplier(_ head: String, line: Int) -> (Int, String)? {
        guard let first = head.first, first == "x" || first == "×" || first == "X" else { return nil }
        let afterMark = head.dropFirst()
        let digits = afterMark.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, afterMark.dropFirst(digits.count).first == " " else { return nil }
        guard let count = Int(digits), (1...Outline.maxUnits).contains(count) else {
            problem(line, "\(first)\(digits): expected a count from 1 to \(Outline.maxUnits)")
            return (1, String(afterMark.dropFirst(digits.count)))
        }
        return (count, String(afterMark.dropFirst(digits.count)))
    }
}

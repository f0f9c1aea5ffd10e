import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GovSimCLI
import GovSimGraphviz
import GovSimModel
@testable import GovSimReport
import GovSimScenario
import GovSimTestSupport
import Testing

/// A scenario file whose every name is hostile (quotes, backslashes, markup, `&`, line breaks,
/// right-to-left overrides, Graphviz escapes such as `\N` and `\G`, HTML-like `<...>` labels, formula
/// starters, paths with `..`, very long text) is read, run and written by `govsim run` in every
/// chart format; every output file shows the names as plain text and stays inside its folder.
@Suite struct HostileContentTests {
    static let names = [
        #"Say "hi" \ back\\slash"#, "<script>alert(1)</script>", "Tom & Jerry <b>bold</b>", "two\nlines\rand\ttab",
        "\u{202E}txt.exe\u{202C} rtl", #"\N \G \L \E \T \H label"#, "<<table><tr><td>x</td></tr></table>>",
        "=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", "@import", "../../etc/passwd", "image=/etc/passwd",
        String(repeating: "Very long name ", count: 300),
    ]

    /// The scenario: one listed structure whose units, departments and case types carry the names.
    static func scenarioText() -> String {
        var units: [String] = [#"{"name": \#(JSONText.quoted(names[0])), "staff": 2, "service": {"exponential": 0.2}}"#]
        for (index, name) in names.dropFirst().enumerated() {
            units.append(#"{"name": \#(JSONText.quoted(name)), "reports_to": \#(JSONText.quoted(names[index % 3 == 0 ? 0 : 1])), "#
                + #""department": \#(JSONText.quoted(names[index % 4])), "service": {"exponential": 0.3}}"#)
        }
        let caseTypes = names.prefix(4).enumerated().map { index, name in
            #"{"name": \#(JSONText.quoted(name)), "share": 1, "class": \#(index % 2)}"#
        }
        return """
        {"format": 1, "name": "hostile", "title": \(JSONText.quoted(names.joined(separator: " | "))),
         "narrative": \(JSONText.quoted(names.joined(separator: "\n\n"))), "time_unit": \(JSONText.quoted("<i>h</i> & \"x\"")),
         "horizon": 60, "warmup": 5, "replications": 2, "seed": 3,
         "questions": [{"kind": "discuss", "text": \(JSONText.quoted(names[1] + names[7]))}],
         "workload": {"arrival_rate": 2, "case_types": [\(caseTypes.joined(separator: ", "))]},
         "variants": [{"name": "listed", "description": \(JSONText.quoted(names[2] + names[5])),
                       "structure": {"departments": [\(names.prefix(4).map(JSONText.quoted).joined(separator: ", "))],
                                     "units": [\(units.joined(separator: ",\n"))]}},
                      {"name": "tree", "structure": {"generator": "tree", "spans": [3]}}]}
        """
    }

    /// Runs `govsim run` on the hostile scenario into a fresh folder; the folder and its files.
    static func writeReport() throws -> (folder: String, files: [String]) {
        let parent = try ScratchFolder.make("hostile-content")
        let file = parent + "/hostile.json"
        try scenarioText().write(toFile: file, atomically: true, encoding: .utf8)
        let result = CapturedOutput.run {
            GovSimCommandLine.main(["run", file, "--out", parent + "/out", "--format", "svg,dot,png", "--threads", "1", "--quiet"],
                                   console: Console(out: $0, err: $1))
        }
        guard result.code == 0 else { throw ReportFixture.Failure(description: "govsim run failed (\(result.code)): \(result.err)") }
        return (parent + "/out", FolderContents.paths(in: parent + "/out"))
    }

    @Test func hostileNamesStayPlainTextInEveryOutput() throws {
        let (folder, files) = try Self.writeReport()
        let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        defer { ScratchFolder.remove(parent) }
        // Nothing was written beside the folder but the scenario itself.
        #expect(Set((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []) == ["hostile.json", "out"])
        #expect(files.allSatisfy(OutputName.isSafeRelativePath), "\(files)")
        #expect(files.contains { $0.hasSuffix(".dot") } && files.contains { $0.hasSuffix(".csv") }
                && files.contains { $0.hasSuffix(".md") } && files.contains { $0.hasSuffix(".html") })
        for file in files {
            let path = folder + "/" + file
            if file.hasSuffix(".png") { continue }
            let text = try ReportFixture.read(path)
            switch URL(fileURLWithPath: file).pathExtension {
            case "dot": Self.checkDOT(text, file: file)
            case "svg": Self.checkXML(text, file: file)
            case "html": Self.checkHTML(text, file: file)
            case "md": Self.checkMarkdown(text, file: file)
            case "csv": Self.checkCSV(text, file: file)
            case "json": #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(file) is JSON")
            default: break
            }
        }
    }

    /// DOT: every quoted string closes where it should (no raw line breaks, quotes escaped), no
    /// `\N`/`\G` escapes Graphviz would expand, and no attribute that reads a file.
    static func checkDOT(_ text: String, file: String) {
        let outsideStrings = text.replacing(/"(?:[^"\\]|\\.)*"/, with: "\"\"")
        let readsFile = /[\[,;]\s*(image|imagepath|fontpath|fontnames|shapefile|stylesheet)\s*=/
        #expect(outsideStrings.firstMatch(of: readsFile) == nil, "\(file) has an attribute that reads a file")
        #expect(outsideStrings.firstMatch(of: /(?i)<img/) == nil, "\(file) has an <IMG> in an HTML label")
        #expect(!text.contains(#"\N \G"#), "\(file): a name's \\N and \\G reach Graphviz unescaped")
        #expect(!text.contains("<script>") && !text.contains("<b>bold"), "\(file): markup inside an HTML label")
        checkBidi(text, file: file)
        // Quotes balance on every line: a name cannot end a string early.
        for (number, line) in text.split(separator: "\n").enumerated() {
            var inString = false, escaped = false
            for character in line {
                if escaped { escaped = false; continue }
                if character == "\\" && inString { escaped = true } else if character == "\"" { inString.toggle() }
            }
            #expect(!inString, "\(file) line \(number + 1) leaves a string open: \(line.prefix(200))")
        }
    }

    /// A right-to-left override in a name (U+202E) reverses the text after it up to the end of the
    /// line, so "\u{202E}txt.exe" shows as "exe.txt" and can spill into the next label: every
    /// output drops it (HTMLEscaping, MarkdownEscaping, InlineSVG, DOTEscaping).
    static func checkBidi(_ text: String, file: String) {
        #expect(!text.contains("\u{202E}"), "\(file): a right-to-left override reaches the output")
    }

    /// SVG: well-formed XML, no script or foreign object, names as text.
    static func checkXML(_ text: String, file: String) {
        let parser = XMLParser(data: Data(text.utf8))
        #expect(parser.parse(), "\(file) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!text.contains("<script") && !text.contains("<foreignObject"), "\(file) has markup from a name")
        checkBidi(text, file: file)
    }

    static func checkHTML(_ text: String, file: String) {
        #expect(!text.contains("<script>alert"), "\(file) runs a name as script")
        #expect(!text.contains("<b>bold"), "\(file) shows a name's markup as markup")
        #expect(!text.contains("<<table>"), "\(file) shows an HTML-like label as markup")
        checkBidi(text, file: file)
    }

    static func checkMarkdown(_ text: String, file: String) {
        #expect(!text.contains("<script>"), "\(file) has raw markup from a name")
        #expect(!text.contains("<b>bold"), "\(file) has raw markup from a name")
        checkBidi(text, file: file)
    }

    /// CSV: parses per RFC 4180 into rows of one width, and no cell starts a formula.
    static func checkCSV(_ text: String, file: String) {
        guard let rows = CSVReader.rows(text) else { Issue.record("\(file) is not RFC 4180 CSV"); return }
        #expect(Set(rows.map(\.count)).count <= 1, "\(file): rows of different widths \(Set(rows.map(\.count)))")
        for row in rows {
            for cell in row {
                guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { continue }
                #expect(Double(cell) != nil, "\(file): the cell \(cell.prefix(40)) would run as a formula")
            }
        }
    }

    @Test func csvCellsAreQuotedAndNeutralised() {
        let cases: [(String, String)] = [
            ("plain", "plain"), ("a,b", #""a,b""#), (#"say "hi""#, #""say ""hi""""#), ("two\nlines", "\"two\nlines\""),
            ("=1+2", "'=1+2"), ("+SUM(A1)", "'+SUM(A1)"), ("-2+3", "'-2+3"), ("@import", "'@import"),
            ("\tx", "'\tx"), ("-1.5", "-1.5"), ("=a,b", #""'=a,b""#), ("\u{202E}x", "\u{202E}x"),
        ]
        for (cell, written) in cases { #expect(CSVWriter.cell(cell) == written, "\(cell.debugDescription)") }
        let row = CSVWriter.row(Self.names)
        #expect(CSVReader.rows(row)?.first?.count == Self.names.count)
    }

    @Test func dotEscapingKeepsGraphvizEscapesAndLabelsInert() throws {
        let structure = Structure(units: Self.names.enumerated().map { index, name in
            GovSimModel.Unit(name: name, department: index == 0 ? nil : index % 3)
        }, links: (1..<Self.names.count).map { Link(.reportsTo, from: $0, to: 0) }, departments: Array(Self.names.prefix(3)))
        let dot = DOTEncoder.encode(try OrgChart.graph(structure: structure, options: OrgChartOptions(title: Self.names[5])))
        Self.checkDOT(dot, file: "org.dot")
        let svg = String(decoding: try ChartRenderer.render(try OrgChart.graph(structure: structure), format: .svg), as: UTF8.self)
        Self.checkXML(svg, file: "org.svg")
        #expect(svg.contains("Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt;") || svg.contains("Tom &amp; Jerry &lt;b&gt;"),
                "a name shows as its own text in the SVG")
    }
}

/// Reads RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks; nil when a
/// quote is left open or stray text follows a closing quote.
enum CSVReader {
    static func rows(_ text: String) -> [[String]]? {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false, afterQuote = false
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" { cell.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false; afterQuote = true }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where cell.isEmpty && !afterQuote: quoted = true
            case ",": row.append(cell); cell = ""; afterQuote = false
            case "\r" where characters.first == "\n": break
            case "\n", "\r": row.append(cell); rows.append(row); row = []; cell = ""; afterQuote = false
            default:
                if afterQuote { return nil }
                cell.unicodeScalars.append(scalar)
            }
        }
        if quoted { return nil }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}

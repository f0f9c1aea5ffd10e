import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GovSimGraphviz
import GovSimModel
import Testing

/// Unit names are user input: every special character must arrive on the chart as itself.
@Suite struct EscapingTests {
    static let hostile = [
        "Say \"hi\"", #"C:\new\N\G"#, "<b>bold</b> & co", "two\nlines", #"\N"#, "Tab\there",
        "市政府办公厅", "Ministère d'État", String(repeating: "Very long name ", count: 20),
    ]

    @Test func quotedStringsEscapeQuotesBackslashesAndLineBreaks() {
        #expect(DOTEscaping.quoted("Say \"hi\"") == #""Say \"hi\"""#)
        #expect(DOTEscaping.quoted(#"a\Nb"#) == #""a\\Nb""#)
        #expect(DOTEscaping.quoted("one\ntwo") == #""one\ntwo""#)
        #expect(DOTEscaping.quoted("bell\u{7}") == #""bell""#)
        #expect(DOTEscaping.quoted("市政府") == "\"市政府\"")
    }

    @Test func htmlTextEscapesTheFiveSpecials() {
        #expect(DOTEscaping.htmlText(#"<a href="x">&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
        #expect(HTML.text("one\ntwo").markup == "one<BR/>two")
        #expect(HTML.text(#"\N"#).markup == "\\\u{2060}N")
    }

    @Test func overlongTextIsCut() {
        let text = HTML.text(String(repeating: "x", count: 500)).markup
        #expect(text.count == HTML.maxTextLength)
        #expect(text.hasSuffix("…"))
    }

    @Test func numbersAreWrittenTheSameEverywhere() {
        #expect(DOTEscaping.number(2) == "2")
        #expect(DOTEscaping.number(0.5) == "0.5")
        #expect(DOTEscaping.number(-0.25) == "-0.25")
        #expect(DOTEscaping.number(1.23456) == "1.2346")
        #expect(DOTEscaping.number(.nan) == "0")
    }

    /// Each hostile name renders, and the SVG shows it as written (XML-escaped, `\N` not
    /// replaced by the node's id, Chinese kept).
    @Test(arguments: hostile)
    func hostileNamesRenderAsWritten(name: String) throws {
        let structure = Structure(units: [Unit(name: "Top"), Unit(name: name)], links: [Link(.reportsTo, from: 1, to: 0)],
                                  departments: [])
        let graph = try OrgChart.graph(structure: structure, options: OrgChartOptions(title: name))
        let svg = try ChartRenderer.render(graph, format: .svg)
        #expect(XMLParser(data: svg).parse(), "SVG does not parse for \(name.debugDescription)")
        // The word joiner that keeps a backslash from starting a Graphviz escape is invisible.
        let text = try #require(String(data: svg, encoding: .utf8)).replacingOccurrences(of: "\u{2060}", with: "")
        let shown = name.count > HTML.maxTextLength ? String(name.prefix(HTML.maxTextLength - 1)) : name
        for line in shown.split(whereSeparator: \.isNewline) {
            #expect(text.contains(Self.xml(String(line))), "\(line.debugDescription) missing from the SVG")
        }
    }

    /// Text as Graphviz writes it into SVG.
    static func xml(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "\t", with: "")
    }

    @Test func attributeNamesAreAClosedListWithoutFileReaders() {
        let names = Set(AttributeName.allCases.map(\.rawValue))
        for dangerous in ["image", "shapefile", "fontpath", "imagepath", "stylesheet", "imagescale"] {
            #expect(!names.contains(dangerous))
        }
    }
}

import Foundation
import GovSimGraphviz
import GovSimModel
import GovSimScenario
import GovSimTestSupport
import Testing

@Suite struct OutlineTests {
    @Test func indentationIsReportsToAndXnMakesAlikeUnits() throws {
        let outline = try Outline.parse("""
            title: Town
            Mayor (3 staff)
              Tax bureau [Tax] <-> Police
                x3 Tax office (2 staff)
              Police [Security]
                Station ..> Tax bureau
            """, file: "town.outline")
        let structure = outline.structure
        #expect(outline.title == "Town")
        #expect(structure.units.map(\.name) == ["Mayor", "Tax bureau", "Tax office 1", "Tax office 2", "Tax office 3", "Police", "Station"])
        #expect(structure.units.map(\.staff) == [3, 1, 2, 2, 2, 1, 1])
        #expect(structure.departments == ["Tax", "Security"])
        #expect(structure.units.map(\.department) == [nil, 0, 0, 0, 0, 1, 1])
        let reports = structure.links.filter { $0.kind == .reportsTo }.map { [$0.from, $0.to] }
        #expect(reports == [[1, 0], [2, 1], [3, 1], [4, 1], [5, 0], [6, 5]])
        #expect(structure.links.filter { $0.kind == .peer }.map { [$0.from, $0.to] } == [[1, 5]])
        #expect(structure.links.filter { $0.kind == .dottedLine }.map { [$0.from, $0.to] } == [[6, 1]])
    }

    @Test func copiesGetTheirOwnSubtrees() throws {
        let structure = try Outline.parse("Top\n  x2 Region\n    x3 County\n", file: "f").structure
        #expect(structure.units.count == 1 + 2 + 6)
        #expect(structure.units.last?.name == "County 6")
    }

    /// Every message names the file and line and says what to do.
    @Test(arguments: [
        ("Top\n    A\n  B\n", "f:3: indentation (2) matches no line above: indent it like its siblings (4) or like its superior (0)"),
        ("  Top\n", "f:1: is indented but has no superior above it; start the top unit at the left margin"),
        ("Top\n\tA\n    B\n", "f:3: indented with spaces but earlier lines use tabs; use one or the other"),
        ("Top\n  A <-> Nobody\n", "f:2: no unit is named \"Nobody\""),
        ("Top\n  A <-> Tpo\n", "f:2: no unit is named \"Tpo\" (did you mean \"Top\"?)"),
        ("Top\n  x3 Office\n  A <-> Office\n", "f:3: \"Office\" names the 3 units of line 2; link to one of them, like \"Office 1\""),
        ("Top\n  A ..> Top\n", "f:2: \"Top\" is already the direct superior; a dotted line must go elsewhere"),
        ("Top\n  A\n  B ^^> A\n", "f:3: \"A\" is not above this unit; a skip-level line (^^>) goes to a superior's superior"),
        ("Top (0 staff)\n", "f:1: staff: expected a whole number from 1 to 1000000, like (3 staff), got \"0\""),
        ("Top\n  x0 A\n", "f:2: x0: expected a count from 1 to 1000000"),
        ("Top\n  A <->\n", "f:2: <-> needs the name of a unit after it"),
        ("Top\n  [Tax]\n", "f:2: the unit has no name"),
        ("# only a comment\n", "f: the outline has no units; write one unit per line, indenting each under its superior"),
        ("Top\n  x1000 A\n    x1001 B\n", "f: the outline expands to more than 1000000 units; use smaller x counts"),
    ])
    func badOutlinesSayWhereAndWhy(text: String, message: String) {
        #expect(throws: OutlineError.self) { try Outline.parse(text, file: "f") }
        do {
            _ = try Outline.parse(text, file: "f")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func everyProblemIsReported() {
        do {
            _ = try Outline.parse("Top\n  A <-> X\n  B <-> Y\n", file: "f")
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.line) == [2, 3])
        }
    }

    /// The bundled examples load and render, so none can go stale.
    @Test func bundledExamplesRender() throws {
        for file in try Repository.exampleOutlines() {
            let input = try ChartInput.load(path: file)
            let graph = try OrgChart.graph(structure: input.structures[0].structure, options: OrgChartOptions(title: input.title))
            let svg = try ChartRenderer.render(graph, format: .svg)
            #expect(svg.count > 1000, "\(file)")
        }
    }

    @Test func structureJSONIsReadToo() throws {
        let folder = try ScratchFolder.make("structure")
        defer { ScratchFolder.remove(folder) }
        let path = folder + "/structure.json"
        try Data(#"{"structure": {"generator": "pyramid", "levels": 3, "span": 2}}"#.utf8).write(to: URL(fileURLWithPath: path))
        let input = try ChartInput.load(path: path)
        #expect(input.structures.count == 1)
        #expect(input.structures[0].structure.units.count == 7)
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GovSimGraphviz
import GovSimEngine
import GovSimModel
import Testing

@Suite struct OrgChartTests {
    static func pyramid(levels: Int, span: Int) -> Structure {
        let names = ["Ministry", "Province", "Prefecture", "County", "Township", "Village", "Hamlet"]
        return Structure.pyramid(levels: levels, span: span, profiles: (0..<levels).map { LevelProfile(name: names[$0]) })
    }

    @Test func smallChartIsExactDOT() throws {
        let structure = Structure(units: [Unit(name: "Head", staff: 2), Unit(name: "Desk \"A\"", department: 0)],
                                  links: [Link(.reportsTo, from: 1, to: 0)], departments: ["Tax"])
        let dot = DOTEncoder.encode(try OrgChart.graph(structure: structure))
        #expect(dot == """
            digraph "org" {
              graph [bgcolor="white", charset="UTF-8", fontname="Helvetica", forcelabels=true, label=<<FONT COLOR="#666666" POINT-SIZE="12">2 units · 3 staff · 2 levels · widest span 1</FONT>>, labelloc="t", nodesep=0.3, outputorder="edgesfirst", pad=0.3, rankdir="TB", ranksep=0.55];
              node [color="#555555", fontname="Helvetica", fontsize=12, margin="0.12,0.06", penwidth=1.2, shape="box", style="rounded,filled"];
              edge [arrowhead="none", color="#555555", fontname="Helvetica", fontsize=10, penwidth=1.2];
              "b0" [fillcolor="#e8e8e8", label=<<B>Head</B><BR/><FONT COLOR="#666666" POINT-SIZE="10">2 staff</FONT>>];
              "b1" [fillcolor="#b3cde3", label=<<B>Desk &quot;A&quot;</B><BR/><FONT COLOR="#666666" POINT-SIZE="10">Tax · 1 staff</FONT>>];
              "b0" -> "b1" [weight=2];
            }

            """)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let structure = Self.pyramid(levels: 4, span: 5)
        let first = DOTEncoder.encode(try OrgChart.graph(structure: structure))
        for _ in 0..<3 { #expect(DOTEncoder.encode(try OrgChart.graph(structure: structure)) == first) }
    }

    @Test func alikeSiblingsFoldIntoGroupsAboveTheThreshold() throws {
        let tree = try ChartTree(Self.pyramid(levels: 4, span: 5), collapseAbove: 60, maxBoxes: 200)
        #expect(tree.boxes.count == 4)
        #expect(tree.boxes.map(\.units.count) == [1, 5, 25, 125])
        #expect(tree.boxes.map(\.perParent) == [1, 5, 5, 5])
        let small = try ChartTree(Self.pyramid(levels: 3, span: 3), collapseAbove: 60, maxBoxes: 200)
        #expect(small.boxes.count == 13)
    }

    @Test func namesLoseOnlyTheirTrailingNumber() {
        #expect(ChartTree.stem("County office 17") == "County office")
        #expect(ChartTree.stem("Office #3") == "Office")
        #expect(ChartTree.stem("District 9 office") == "District 9 office")
        #expect(ChartTree.stem("42") == "42")
        #expect(ChartTree.stem("县税务局 12") == "县税务局")
        #expect(ChartTree.stem("Team_-# 7") == "Team")
        #expect(ChartTree.stem("Office #") == "Office #")
    }

    /// A 100,000-unit pyramid still gives a small chart (benchmark figures: see the README's Charts section).
    @Test func hundredThousandUnitPyramidStaysReadable() throws {
        let structure = Self.pyramid(levels: 6, span: 10)
        #expect(structure.units.count == 111_111)
        let start = Date()
        let graph = try OrgChart.graph(structure: structure, options: OrgChartOptions(title: "111,111 units"))
        #expect(graph.allNodes.count <= 10)
        let svg = try ChartRenderer.render(graph, format: .svg)
        print("111,111-unit pyramid: chart built and rendered as SVG in \(Date().timeIntervalSince(start)) s (debug build)")
        #expect(String(decoding: svg, as: UTF8.self).contains("10 × Village"))
    }

    @Test func heatMapMarksTheBottleneckAndExplainsColours() throws {
        let structure = Self.pyramid(levels: 3, span: 2)
        let loads = UnitLoads(utilisation: [0.95, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1], decisions: Array(repeating: 1, count: 7),
                              uplinkMessages: [0, 40, 10, 5, 5, 5, 5])
        let graph = try OrgChart.graph(structure: structure, loads: loads)
        let dot = DOTEncoder.encode(graph)
        #expect(dot.contains("BOTTLENECK"))
        #expect(dot.contains("Utilisation: share of staff time busy"))
        #expect(dot.contains("bottleneck: Ministry, busy 95%"))
        let edges = graph.edges.filter { $0.from == "b0" }
        #expect(edges.count == 2)
        // More messages, thicker line.
        guard case .number(let wide)? = edges[0].attributes[.penwidth], case .number(let narrow)? = edges[1].attributes[.penwidth] else {
            Issue.record("no pen widths")
            return
        }
        #expect(wide > narrow)
    }

    /// The busiest office is no bottleneck at 8%: the mark needs the documented utilisation.
    @Test func lightlyLoadedOrganisationHasNoBottleneck() throws {
        let structure = Self.pyramid(levels: 3, span: 2)
        let light = UnitLoads(utilisation: [0.08, 0.05, 0.05, 0.01, 0.01, 0.01, 0.01], decisions: Array(repeating: 1, count: 7),
                              uplinkMessages: [0, 4, 1, 1, 1, 1, 1])
        let dot = DOTEncoder.encode(try OrgChart.graph(structure: structure, loads: light))
        #expect(!dot.contains("BOTTLENECK"))
        #expect(!dot.contains("bottleneck: "))
        let busy = UnitLoads(utilisation: [0.7, 0.05, 0.05, 0.01, 0.01, 0.01, 0.01], decisions: Array(repeating: 1, count: 7),
                             uplinkMessages: [0, 4, 1, 1, 1, 1, 1])
        #expect(DOTEncoder.encode(try OrgChart.graph(structure: structure, loads: busy)).contains("BOTTLENECK"))
    }

    @Test func peerSkipAndDottedLinesDoNotConstrainLevels() throws {
        let structure = Structure(
            units: ["Top", "A", "B", "A1", "B1"].map { Unit(name: $0) },
            links: [Link(.reportsTo, from: 1, to: 0), Link(.reportsTo, from: 2, to: 0), Link(.reportsTo, from: 3, to: 1),
                    Link(.reportsTo, from: 4, to: 2), Link(.peer, from: 1, to: 2), Link(.skipLevel, from: 3, to: 0),
                    Link(.dottedLine, from: 4, to: 1)])
        let graph = try OrgChart.graph(structure: structure)
        let side = graph.edges.filter { $0.attributes[.constraint] == .bool(false) }
        #expect(side.count == 3)
        #expect(Set(side.compactMap { $0.attributes[.style] }) == [.text("dashed"), .text("dotted")])
        #expect(DOTEncoder.encode(graph).contains("skip-level line to a higher superior"))
    }

    @Test func sharedPlatformsAreCylindersBelowTheUnits() throws {
        var platform = Unit(name: "Data centre")
        platform.isPlatform = true
        let structure = Structure(units: [Unit(name: "Top"), Unit(name: "A"), Unit(name: "B"), platform],
                                  links: [Link(.reportsTo, from: 1, to: 0), Link(.reportsTo, from: 2, to: 0),
                                          Link(.platform, from: 1, to: 3), Link(.platform, from: 2, to: 3)])
        let graph = try OrgChart.graph(structure: structure)
        let node = try #require(graph.nodes.first { node in
            if case .html(let label)? = node.attributes[.label] { return label.markup.contains("Data centre") }
            return false
        })
        #expect(node.attributes[.shape] == .text("cylinder"))
        // Hung below the lowest unit by an invisible edge.
        #expect(graph.edges.filter { $0.to == node.id && $0.attributes[.style] == .text("invis") }.count == 1)
        #expect(DOTEncoder.encode(graph).contains("uses a shared platform"))
        #expect(XMLParser(data: try ChartRenderer.render(graph, format: .svg)).parse())
    }
}

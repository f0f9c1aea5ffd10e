import Dispatch
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GovSimGraphviz
import GovSimModel
import GovSimTestSupport
import Testing

/// Real renders through the C library.
@Suite struct RenderTests {
    static let city = Structure(
        units: [Unit(name: "Mayor", staff: 3), Unit(name: "Tax bureau", department: 0), Unit(name: "Police", department: 1),
                Unit(name: "Tax office 1", department: 0), Unit(name: "Tax office 2", department: 0)],
        links: [Link(.reportsTo, from: 1, to: 0), Link(.reportsTo, from: 2, to: 0), Link(.reportsTo, from: 3, to: 1),
                Link(.reportsTo, from: 4, to: 1), Link(.peer, from: 1, to: 2), Link(.dottedLine, from: 4, to: 2)],
        departments: ["Tax", "Security"])

    @Test func svgParsesAsXML() throws {
        let svg = try ChartRenderer.render(OrgChart.graph(structure: Self.city), format: .svg)
        #expect(XMLParser(data: svg).parse())
        #expect(String(decoding: svg, as: UTF8.self).contains("Tax bureau"))
    }

    @Test func pngHasTheSignatureAndSaneDimensions() throws {
        let png = try ChartRenderer.render(OrgChart.graph(structure: Self.city), format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height, big-endian, at bytes 16..<24.
        let bytes = Array(png)
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect((200...10_000).contains(width), "width \(width)")
        #expect((100...10_000).contains(height), "height \(height)")
    }

    @Test func pdfStartsWithItsMagic() throws {
        let pdf = try ChartRenderer.render(OrgChart.graph(structure: Self.city), format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func dotFormatIsOurOwnText() throws {
        let graph = try OrgChart.graph(structure: Self.city)
        #expect(try ChartRenderer.render(graph, format: .dot) == Data(DOTEncoder.encode(graph).utf8))
    }

    @Test func graphvizErrorsBecomeOurErrorWithItsMessage() {
        #expect {
            try GraphvizLibrary.render(dot: "digraph { a -> }", engine: "dot", format: "svg")
        } throws: { error in
            guard case .library(let stage, let message) = error as? GraphvizError else { return false }
            return stage == "read" && message.contains("syntax error")
        }
    }

    /// Graphviz is not thread-safe; the wrapper's lock must make concurrent use safe.
    @Test func eightParallelRendersTwentyTimesOver() throws {
        let graph = try OrgChart.graph(structure: Self.city)
        let failures = SharedCounter()
        for _ in 0..<20 {
            DispatchQueue.concurrentPerform(iterations: 8) { index in
                let format: ChartFormat = [.svg, .png, .pdf][index % 3]
                if (try? ChartRenderer.render(graph, format: format))?.isEmpty != false { failures.increment() }
            }
        }
        #expect(failures.value == 0)
    }

    /// Hundreds of different layouts in one process: with a `rank=sink` legend, dot 2.42 crashed
    /// here after a few hundred (a use after free that depends on what was laid out before).
    @Test func manyMixedRendersInOneProcess() throws {
        let loads = UnitLoads(utilisation: [0.9, 0.5, 0.4, 0.1, 0.2], decisions: [1, 2, 3, 4, 5], uplinkMessages: [0, 9, 4, 2, 3])
        let graphs = [
            try OrgChart.graph(structure: Self.city),
            try OrgChart.graph(structure: Self.city, loads: loads),
            try SideBySideChart.graph([.init(name: "a", structure: Self.city, loads: loads), .init(name: "b", structure: Self.city)]),
            try OrgChart.graph(structure: Structure(units: [Unit(name: "Top"), Unit(name: "Say \"hi\"")],
                                                    links: [Link(.reportsTo, from: 1, to: 0)])),
        ]
        for round in 0..<100 {
            for (index, graph) in graphs.enumerated() {
                let data = try ChartRenderer.render(graph, format: [.svg, .png, .pdf][(round + index) % 3])
                #expect(!data.isEmpty)
            }
        }
    }
}

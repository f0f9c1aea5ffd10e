import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GovSimTestSupport
import Testing

/// `govsim chart` end to end on every example outline, as the README runs them
/// (`govsim chart scenarios/examples/NAME.outline --format svg,png`): the SVG is XML with an
/// `<svg>` root that shows the outline's title, the PNG a complete image of a real size.
@Suite struct ChartCommandTests {
    @Test(arguments: try Repository.exampleOutlines())
    func drawsAnExampleOutlineAsSVGAndPNG(_ outline: String) throws {
        let folder = try ScratchFolder.make("chart")
        defer { ScratchFolder.remove(folder) }
        let base = folder + "/" + Self.name(of: outline)
        let result = Captured.run(["chart", outline, "--format", "svg,png", "-o", base + ".svg"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out == "Wrote \(base).svg\nWrote \(base).png\n")
        try Self.expectChart(of: outline, svg: base + ".svg", png: base + ".png")
    }

    /// The built tool, without `-o`: the files are named after the outline, in the working folder.
    @Test(arguments: try Repository.exampleOutlines())
    func theBuiltToolDrawsAnExampleOutlineIntoTheWorkingFolder(_ outline: String) throws {
        let folder = try ScratchFolder.make("chart")
        defer { ScratchFolder.remove(folder) }
        let result = try ChildProcess.run([try Executables.govsim(), "chart", outline, "--format", "svg,png"], in: folder)
        #expect(result.status == 0 && !result.killedBySignal, "\(result.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["svg", "png"].map { "\(Self.name(of: outline)).\($0)" }.sorted())
        let base = folder + "/" + Self.name(of: outline)
        try Self.expectChart(of: outline, svg: base + ".svg", png: base + ".png")
    }

    static func name(of outline: String) -> String {
        URL(fileURLWithPath: outline).deletingPathExtension().lastPathComponent
    }

    /// The contents of every `<text>` element under `element`, in document order.
    static func texts(in element: XMLElement) -> [String] {
        let own = element.name == "text" ? [element.stringValue ?? ""] : []
        return own + (element.children ?? []).compactMap { $0 as? XMLElement }.flatMap { texts(in: $0) }
    }

    /// The SVG parses and has a text that is the outline's `title:`; the PNG is an image of at
    /// least 400 x 400 pixels (the examples come out between 1,300 and 2,100 a side), whole.
    static func expectChart(of outline: String, svg: String, png: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: svg))
        #expect(XMLParser(data: data).parse(), "\(svg) is not well-formed XML")
        // FoundationXML gives a document without a root for some non-XML input; ask before walking it.
        let root = try #require(try XMLDocument(data: data).rootElement(), "\(svg) has no root element")
        #expect(root.name == "svg", "\(svg) has the root <\(root.name ?? "")>")
        let title = try #require(Repository.text(outline).split(separator: "\n").first { $0.hasPrefix("title: ") }?.dropFirst("title: ".count))
        let texts = Self.texts(in: root)
        #expect(texts.contains(String(title)), "\(svg) does not show the title \"\(title)\": \(texts.prefix(5))")

        let image = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(image.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(png) lacks the PNG signature")
        #expect(image.count > 20_000, "\(png) is only \(image.count) bytes")
        // The first chunk is IHDR: width and height as big-endian 32-bit integers; the last is IEND.
        try #require(image.count > 24 && image.dropFirst(12).prefix(4) == Data("IHDR".utf8), "\(png) does not start with an IHDR chunk")
        let width = image.dropFirst(16).prefix(4).reduce(0) { $0 << 8 | Int($1) }
        let height = image.dropFirst(20).prefix(4).reduce(0) { $0 << 8 | Int($1) }
        #expect(width >= 400 && height >= 400, "\(png) is \(width) x \(height) pixels")
        #expect(image.suffix(8).prefix(4) == Data("IEND".utf8), "\(png) does not end with an IEND chunk")
    }
}

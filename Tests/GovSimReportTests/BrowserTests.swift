import Foundation
@testable import GovSimReport
import GovSimTestSupport
import Testing

/// The flagship's pages in a real browser (headless Chromium): they render, show what they
/// should, log nothing on the console, and the step-through's Next button moves the light.
@Suite struct BrowserTests {
    static let chromium = Chromium.find()

    func browser() throws -> Chromium {
        guard let chromium = Self.chromium else { throw Chromium.Failure(description: Chromium.missing) }
        return chromium
    }

    @Test func reportRendersWithItsSectionsAndNoConsoleMessages() throws {
        let chromium = try browser()
        let (run, folder) = try ReportFixture.flagship.get()
        let page = try chromium.load("file://\(folder)/index.html", screenshot: true)
        #expect(page.console.isEmpty, "console: \(page.console.joined(separator: "\n"))")
        for heading in ["<h1>Pyramid or network?", "<h2>Predict before you look</h2>", "<h2>The organisations</h2>", "<h2>Results</h2>",
                        "<h2>Over time</h2>", "<h2>Claims and verdicts</h2>", "<h2>Answers to the predictions</h2>",
                        "<h2>How this was computed</h2>", "<h2>Reproducibility</h2>"] {
            #expect(page.dom.contains(heading), "the rendered page lacks \(heading)")
        }
        #expect(page.dom.components(separatedBy: "<svg class=\"chart\"").count - 1 == 6, "six charts inlined")
        #expect(page.dom.components(separatedBy: "<article class=\"claim").count - 1 == run.claims.count)
        try expectPainted(page, by: chromium)
    }

    @Test func nextMovesTheHighlightToTheCasesNextOffice() throws {
        let chromium = try browser()
        let (_, folder) = try ReportFixture.flagship.get()
        let first = try chromium.load("file://\(folder)/journey.html", screenshot: true)
        let second = try chromium.load("file://\(folder)/journey.html#next=1")
        for page in [first, second] {
            #expect(page.console.isEmpty, "console: \(page.console.joined(separator: "\n"))")
            #expect(page.dom.contains("data-ready=\"yes\""), "the page's script did not run to the end")
        }
        #expect(first.dom.contains("data-step=\"1\"") && second.dom.contains("data-step=\"2\""))
        let before = Self.lit(first.dom), after = Self.lit(second.dom)
        #expect(before.count == 2 && after.count == 2, "one path per variant: \(before), \(after)")
        let pyramidBefore = try #require(before.first), pyramidAfter = try #require(after.first)
        #expect(!pyramidBefore.current.isEmpty && !pyramidAfter.current.isEmpty)
        #expect(pyramidBefore.current != pyramidAfter.current, "Next did not move the light: \(pyramidBefore) then \(pyramidAfter)")
        #expect(pyramidBefore.drawn == pyramidBefore.current && pyramidAfter.drawn == pyramidAfter.current,
                "the box drawn lit is not the step's office")
        try expectPainted(first, by: chromium)
    }

    /// The checks can fail: a blank page with a script error is caught on both counts.
    @Test func catchesScriptErrorsAndBlankPages() throws {
        let chromium = try browser()
        let folder = try ScratchFolder.make("blank")
        defer { ScratchFolder.remove(folder) }
        let file = folder + "/blank.html"
        try Data("<!DOCTYPE html><html><body><script>noSuchFunction();</script></body></html>".utf8).write(to: URL(fileURLWithPath: file))
        let page = try chromium.load("file://" + file, screenshot: true)
        #expect(page.console.contains { $0.contains("Uncaught ReferenceError: noSuchFunction is not defined") }, "\(page.console)")
        let pixels = try chromium.pixels(of: try #require(page.screenshot))
        #expect(pixels.inked < 0.001 && pixels.colours <= 2, "a blank page measured as \(pixels)")
    }

    /// A screenshot of the window's size with a good share of ink in many colours.
    func expectPainted(_ page: Chromium.Page, by chromium: Chromium) throws {
        let screenshot = try #require(page.screenshot)
        #expect(screenshot.count > 20_000)
        let pixels = try chromium.pixels(of: screenshot)
        #expect(pixels.width == 1280 && pixels.height == 2000, "screenshot of \(pixels.width)×\(pixels.height)")
        #expect(pixels.inked > 0.05 && pixels.colours > 30, "the page looks blank: \(pixels)")
    }

    /// Each path's `data-current` and the title of the box drawn with class `current`.
    static func lit(_ dom: String) -> [(current: String, drawn: String?)] {
        dom.components(separatedBy: "<section class=\"path\"").dropFirst().map { section in
            let current = section.components(separatedBy: "data-current=\"").dropFirst().first?.prefix { $0 != "\"" } ?? ""
            let drawn = section.components(separatedBy: "class=\"node current\">").dropFirst().first
                .flatMap { $0.components(separatedBy: "<title>").dropFirst().first?.prefix { $0 != "<" } }
            return (String(current), drawn.map(String.init))
        }
    }
}

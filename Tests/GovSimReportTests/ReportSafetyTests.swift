import Foundation
import GovSimCLI
import GovSimEngine
import GovSimModel
@testable import GovSimReport
import GovSimScenario
import GovSimTestSupport
import Testing

/// A report can be trusted with any scenario: its text stays text, its names stay inside the
/// output folder, and a failed write leaves the previous report as it was.
@Suite struct ReportSafetyTests {
    static let attack = "<script>alert(1)</script>"

    /// The flagship with every piece of text a scenario controls replaced by markup, and a
    /// variant named like a path out of the folder (the decoder refuses such names; code need not).
    static func hostileRun() throws -> RunSummary {
        var scenario = try ReportFixture.scenario(horizon: 100, replications: 2)
        scenario.title = "Title \(attack)"
        scenario.narrative = "Story \(attack)\n\n# heading [link](javascript:alert(1)) ![x](http://example.com/x.png)"
        scenario.timeUnit = "<b>hour</b>"
        scenario.questions = scenario.questions.map { question in
            var question = question
            question.text = "\(question.kind == .predict ? "Predict" : "Discuss") \(attack)"
            question.answer = "Answer \(attack)"
            return question
        }
        scenario.sources = scenario.sources.map { source in
            var source = source
            source.quote = "Quote \(attack)"
            source.translation = "Translation \(attack)"
            source.file = "../\(attack).txt"
            return source
        }
        scenario.claims = scenario.claims.map { claim in
            var claim = claim
            claim.text = "Claim \(attack)"
            return claim
        }
        scenario.variants[0].name = "../../escape\(attack)"
        scenario.variantDescriptions = [scenario.variants[0].name: "Description \(attack)"]
        for index in scenario.variants.indices {
            var structure = scenario.variants[index].structure
            structure.units = UnitList(structure.units.map { unit in
                var unit = unit
                unit.name = "\(attack) \(unit.name)"
                return unit
            })
            structure.departments = structure.departments.map { "\($0) \(attack)" }
            scenario.variants[index].structure = structure
        }
        scenario.workload.caseTypes[0].name = attack
        return try ReportFixture.run(scenario)
    }

    @Test func scenarioTextShowsAsTextInEveryPage() throws {
        let parent = ScratchFolder.path("hostile")
        defer { ScratchFolder.remove(parent) }
        _ = try ReportFixture.write(try Self.hostileRun(), to: parent + "/out",
                                    commandLine: ["govsim", "run", "x.json", "--out", "\(Self.attack) dir"])
        let index = try ReportFixture.read(parent + "/out/index.html")
        let journey = try ReportFixture.read(parent + "/out/journey.html")
        let markdown = try ReportFixture.read(parent + "/out/report.md")
        for (name, page) in [("index.html", index), ("journey.html", journey)] {
            #expect(!page.contains("<script>alert"), "\(name) lets a scenario's script through")
            #expect(!page.contains("<b>hour"), "\(name) lets a scenario's markup through")
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(name) drops the text instead of showing it")
        }
        #expect(index.contains("<h1>Title &lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(index.contains("<code class=\"command\">govsim run x.json --out &#39;&lt;script&gt;alert(1)&lt;/script&gt; dir&#39; --seed 2024</code>"))
        #expect(journey.components(separatedBy: "<script").count == 2, "journey.html has its own script and no other")
        // Inside the fenced block the command is literal text; everywhere else no tag may pass.
        let prose = markdown.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        #expect(!prose.replacingOccurrences(of: "\\<", with: "").contains("<script"), "report.md lets raw HTML through")
        #expect(markdown.contains("```sh\ngovsim run x.json --out '<script>alert(1)</script> dir' --seed 2024\n```"))
        #expect(markdown.contains("# Title \\<script\\>alert(1)\\</script\\>\n"))
        #expect(markdown.contains("\\# heading \\[link\\](javascript:alert(1)) \\!\\[x\\](http://example.com/x.png)"))
        #expect(markdown.contains("<details><summary>Predict &lt;script&gt;alert(1)&lt;/script&gt;</summary>"))
        for chart in FolderContents.paths(in: parent + "/out/charts") {
            #expect(!(try ReportFixture.read(parent + "/out/charts/" + chart)).contains("<script"), "\(chart)")
        }
    }

    @Test func variantNamesCannotMakeFilesOutsideTheFolder() throws {
        let parent = ScratchFolder.path("names")
        defer { ScratchFolder.remove(parent) }
        _ = try ReportFixture.write(try Self.hostileRun(), to: parent + "/out")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["out"])
        let charts = FolderContents.paths(in: parent + "/out").filter { $0.hasPrefix("charts/") && $0.contains("escape") }
        #expect(charts == ["charts/case-______escape_script_alert_1___script_.svg", "charts/journey-______escape_script_alert_1___script_.svg",
                           "charts/org-______escape_script_alert_1___script_.svg"])
    }

    @Test func outWritesOnlyWhereAsked() throws {
        let parent = ScratchFolder.path("out")
        defer { ScratchFolder.remove(parent) }
        let folder = parent + "/nested/report"
        let code = GovSimCommandLine.main(["run", ReportFixture.scenarioPath, "--horizon", "100", "--replications", "2", "--out", folder, "--quiet"],
                                          console: Console(out: { _ in }, err: { _ in }))
        #expect(code == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["nested"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent + "/nested") == ["report"])
        let variants = try ScenarioLoader.load(path: ReportFixture.scenarioPath).scenario.variants.map(\.name)
        #expect(FolderContents.paths(in: folder) == ReportWriterTests.expectedFiles(variants: variants))
        let manifest = try ReportFixture.read(folder + "/manifest.json")
        #expect(manifest.contains("--out \(folder) --quiet --seed 2024\""))
    }

    /// A write that fails half-way (here: index.html cannot be staged) changes nothing: the
    /// previous report stays byte for byte, and no temporary file is left behind.
    @Test func failedWriteKeepsThePreviousReport() throws {
        let folder = ScratchFolder.path("previous")
        defer { ScratchFolder.remove(folder) }
        let run = try ReportFixture.run(try ReportFixture.scenario(horizon: 100, replications: 2))
        _ = try ReportFixture.write(run, to: folder, commandLine: ["govsim", "run", "first"])
        let before = try FolderContents.data(in: folder)
        let blocker = "\(folder)/.index.html.tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: blocker + "/x", withIntermediateDirectories: true)
        #expect(throws: ReportFixture.Failure.self) {
            _ = try ReportFixture.write(run, to: folder, commandLine: ["govsim", "run", "second"])
        }
        try FileManager.default.removeItem(atPath: blocker)
        let after = try FolderContents.data(in: folder)
        #expect(after == before, "the previous report changed, or temporary files were left")
        #expect(try ReportFixture.read(folder + "/index.html").contains("govsim run first"))
    }
}

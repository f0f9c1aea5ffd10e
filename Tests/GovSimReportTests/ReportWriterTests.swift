import Foundation
import GovSimEngine
@testable import GovSimReport
import GovSimScenario
import GovSimTestSupport
import Testing

/// `govsim run`'s report for the flagship scenario: every file, in the same bytes every time,
/// with nothing fetched from anywhere.
@Suite struct ReportWriterTests {
    /// The files of a report on these variants, sorted.
    static func expectedFiles(variants: [String]) -> [String] {
        (["charts/backlog.svg", "charts/comparison.svg", "charts/side-by-side.svg", "charts/utilisation.svg", "index.html",
          "journey.html", "manifest.json", "metrics.csv", "metrics.json", "report.md", "timeseries.csv"]
            + variants.flatMap { ["charts/case-\($0).svg", "charts/journey-\($0).svg", "charts/org-\($0).svg"] }).sorted()
    }

    static let expectedFiles = expectedFiles(variants: ReportFixture.variants)

    @Test func writesEveryFileAndNoTemporaryOnes() throws {
        let (_, folder) = try ReportFixture.flagship.get()
        #expect(FolderContents.paths(in: folder) == Self.expectedFiles)
    }

    /// Data, Markdown and DOT are byte-identical between runs on any number of threads; the
    /// pages are too, but for the laid-out SVG inside them: Graphviz 2.42 orders the clusters
    /// of the side-by-side chart by memory address, so its layout can vary between processes.
    @Test func sameInputsGiveTheSameReportOnAnyNumberOfThreads() throws {
        let (run, _) = try ReportFixture.flagship.get()
        let one = ScratchFolder.path("one"), two = ScratchFolder.path("two")
        defer { ScratchFolder.remove(one); ScratchFolder.remove(two) }
        _ = try ReportFixture.write(run, to: one, formats: [.dot])
        _ = try ReportFixture.write(try ReportFixture.run(run.scenario, threads: 1), to: two, formats: [.dot])
        let files = FolderContents.paths(in: one)
        #expect(files == FolderContents.paths(in: two))
        #expect(files.filter { $0.hasSuffix(".dot") }.count == 8)
        for file in files {
            var first = try ReportFixture.read("\(one)/\(file)"), second = try ReportFixture.read("\(two)/\(file)")
            if file.hasSuffix(".html") || file.hasSuffix(".svg") { (first, second) = (Self.withoutSVG(first), Self.withoutSVG(second)) }
            if file == "manifest.json" { (first, second) = (Self.withoutFiles(first), Self.withoutFiles(second)) }
            #expect(first == second, "\(file) differs")
        }
    }

    static func withoutSVG(_ text: String) -> String {
        var out = "", rest = text[...]
        while let open = rest.range(of: "<svg"), let close = rest[open.lowerBound...].range(of: "</svg>") {
            out += rest[..<open.lowerBound] + "<svg/>"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    static func withoutFiles(_ manifest: String) -> String {
        manifest.components(separatedBy: "\n  \"files\": [").first ?? manifest
    }

    @Test func indexFetchesNothingAndRunsNoScript() throws {
        let (_, folder) = try ReportFixture.flagship.get()
        let html = try ReportFixture.read(folder + "/index.html")
        for forbidden in ["<script", "<link", "<iframe", "<img", " src=", "@import", "@font-face", "url(http"] {
            #expect(!html.contains(forbidden), "index.html contains \(forbidden)")
        }
        // The only addresses are the SVG namespaces, which are names, not fetches.
        let pieces = html.components(separatedBy: "http")
        for (before, after) in zip(pieces, pieces.dropFirst()) {
            let named = before.hasSuffix("xmlns=\"") || before.hasSuffix("xmlns:xlink=\"") || before.hasSuffix("<meta ")
            #expect(named, "an address in index.html: http\(after.prefix(60))")
        }
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
    }

    @Test func indexPutsPredictionsFirstAndAnswersAfterTheResults() throws {
        let (run, folder) = try ReportFixture.flagship.get()
        let html = try ReportFixture.read(folder + "/index.html")
        let headings = ["<h1>Pyramid or network?", "<h2>The story</h2>", "<h2>Predict before you look</h2>", "<h2>The organisations</h2>",
                        "<h2>Results</h2>", "<h2>Over time</h2>", "<h2>One case's journey</h2>", "<h2>Claims and verdicts</h2>",
                        "<h2>Answers to the predictions</h2>", "<h2>For discussion</h2>", "<h2>How this was computed</h2>",
                        "<h2>Reproducibility</h2>"]
        let positions = headings.map { html.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "missing: \(zip(headings, positions).filter { $0.1 == nil }.map(\.0))")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "sections out of order")
        let predict = run.scenario.questions.filter { $0.kind == .predict }
        for question in predict {
            #expect(html.contains("<details><summary>\(HTMLEscaping.text(question.text))</summary>"))
            if let answer = question.answer { #expect(html.contains(HTMLEscaping.text(answer))) }
        }
        for result in run.claims {
            #expect(html.contains("<article class=\"claim \(result.verdict.rawValue)\" id=\"claim-\(result.claim.id)\">"))
        }
        #expect(html.contains("传统政府的业务处理流程周期长"), "the quoted source in its own language")
        #expect(html.contains("<span class=\"ci\">"), "confidence intervals in the table")
        #expect(html.contains("<svg class=\"chart\" role=\"img\" aria-label=\"The org charts side by side"))
        #expect(html.contains("<code>\(GovSimVersion.current)</code>"))
        #expect(html.contains("govsim run pyramid-vs-flat --horizon 400 --replications 3 --seed 2024"))
    }

    @Test func markdownHasTheSameSectionsAndLinksChartsThatExist() throws {
        let (run, folder) = try ReportFixture.flagship.get()
        let markdown = try ReportFixture.read(folder + "/report.md")
        for heading in ["## Predict before you look", "## The organisations", "## Results", "## Over time", "## One case's journey",
                        "## Claims and verdicts", "## Answers to the predictions", "## For discussion",
                        "## How this was computed", "## Reproducibility"] {
            #expect(markdown.contains("\n\(heading)\n"), "report.md lacks \(heading)")
        }
        #expect(markdown.hasPrefix("# Pyramid or network? The same 341 officials organised two ways\n"))
        for result in run.claims { #expect(markdown.contains("#### \(ReportText.verdictLabel(result.verdict).capitalized): ")) }
        #expect(markdown.contains("| Metric | pyramid | flat |\n| --- | ---: | ---: |\n| `turnaround.mean` (hours) |"))
        var linked = 0
        for line in markdown.split(separator: "\n") where line.hasPrefix("![") {
            guard let open = line.range(of: "](charts/") else { continue }
            let path = String(line[line.index(open.lowerBound, offsetBy: 2)...].dropLast())
            #expect(FileManager.default.fileExists(atPath: "\(folder)/\(path)"), "\(path) is linked but missing")
            linked += 1
        }
        #expect(linked == 6, "side-by-side, comparison, backlog, utilisation and two cases")
    }

    @Test func timeSeriesHasEverySampleOfEveryReplication() throws {
        let (run, folder) = try ReportFixture.flagship.get()
        let rows = try ReportFixture.read(folder + "/timeseries.csv").split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.first?.joined(separator: ",") == "variant,replication,seed,time,backlog,utilisation.level.0,utilisation.level.1,"
            + "utilisation.level.2,utilisation.level.3,utilisation.level.4")
        let samples = run.variants.flatMap(\.replications).map(\.samples.count)
        #expect(samples.allSatisfy { $0 >= 200 })
        #expect(rows.count - 1 == samples.reduce(0, +))
        let flat = rows.filter { $0.first == "flat" }
        #expect(!flat.isEmpty && flat.allSatisfy { $0[8].isEmpty && $0[9].isEmpty }, "the flat organisation has three levels")
        #expect(rows.dropFirst().allSatisfy { Double($0[3]) != nil && Int($0[4]) != nil })
    }

    @Test func manifestRecordsVersionHashSeedsParametersAndFiles() throws {
        let (run, folder) = try ReportFixture.flagship.get()
        let data = try #require(FileManager.default.contents(atPath: folder + "/manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let scenarioBytes = try #require(FileManager.default.contents(atPath: ReportFixture.scenarioPath))
        #expect(manifest["govsim_version"] as? String == GovSimVersion.current)
        #expect(manifest["scenario_sha256"] as? String == SHA256.hex(scenarioBytes))
        #expect(manifest["seed"] as? Int == 2024)
        #expect((manifest["replications"] as? [[String: Any]])?.map { $0["replication"] as? Int } == [0, 1, 2])
        let variants = try #require(manifest["variants"] as? [[String: Any]])
        #expect(variants.map { $0["name"] as? String } == ["pyramid", "flat"])
        #expect((variants[1]["policy"] as? [String: Any])?["delegation"] as? Int == 2)
        #expect((variants[0]["policy"] as? [String: Any])?["skip_level"] as? Bool == true, "defaults are written too")
        for variant in variants {
            let kinds = try #require((variant["structure"] as? [String: Any])?["unit_kinds"] as? [[String: Any]])
            #expect(kinds.compactMap { $0["count"] as? Int }.reduce(0, +) == 341)
        }
        #expect((manifest["recorder"] as? [String: Any])?["time_samples"] as? Int == 200)
        #expect(run.variants[0].replications[0].samples.count >= 200)
        let files = try #require(manifest["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["path"] as? String }.sorted() == Self.expectedFiles.filter { $0 != "manifest.json" })
        for file in files {
            let path = try #require(file["path"] as? String)
            let bytes = try #require(FileManager.default.contents(atPath: "\(folder)/\(path)"))
            #expect(file["sha256"] as? String == SHA256.hex(bytes), "\(path)")
        }
    }

    /// When no traced case was completed in every variant there is nothing to step through:
    /// no journey page, no link to it, and the chart that could not be drawn says why.
    @Test func aRunWithoutACompletedCaseHasNoStepThrough() throws {
        let folder = ScratchFolder.path("short")
        defer { ScratchFolder.remove(folder) }
        let outcome = try ReportFixture.write(try ReportFixture.run(try ReportFixture.scenario(horizon: 0.05, replications: 2)), to: folder)
        #expect(outcome.pages == ["metrics.json", "metrics.csv", "timeseries.csv", "index.html", "report.md", "manifest.json"])
        // Three minutes of simulated time: no traced case is through in either variant.
        #expect(outcome.warnings == ["pyramid", "flat"].map { "chart journey-\($0) skipped: no traced case was completed, so there is no median journey" })
        let html = try ReportFixture.read(folder + "/index.html")
        #expect(!html.contains("journey.html"))
        #expect(html.contains("The chart <code>journey-pyramid</code> could not be drawn: no traced case was completed"))
    }

    @Test func timeSeriesAndTracingLeaveTheMetricsAlone() throws {
        let scenario = try ReportFixture.scenario(horizon: 0.05, replications: 2)
        let plain = try ReportFixture.run(scenario, options: RecorderOptions())
        let recorded = try ReportFixture.run(scenario)
        #expect(MetricsFiles.json(plain) == MetricsFiles.json(recorded))
        #expect(MetricsFiles.csv(plain) == MetricsFiles.csv(recorded))
    }

    @Test func journeyPageScriptIsTheOneItsPolicyAllows() throws {
        let (_, folder) = try ReportFixture.flagship.get()
        let html = try ReportFixture.read(folder + "/journey.html")
        let script = try #require(html.range(of: "<script>").flatMap { open in
            html[open.upperBound...].range(of: "</script>").map { String(html[open.upperBound..<$0.lowerBound]) }
        })
        #expect(html.contains("script-src 'sha256-\(SHA256.base64(script))';"))
        #expect(html.components(separatedBy: "<script").count == 2, "one script and no other")
    }
}

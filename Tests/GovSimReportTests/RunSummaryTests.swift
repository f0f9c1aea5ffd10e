import Foundation
import GovSimEngine
import GovSimGraphviz
import GovSimModel
@testable import GovSimReport
import GovSimScenario
import GovSimTestSupport
import GovSimText
import Testing

/// The run summary is the one place engine results become report values; every writer reads it.
@Suite struct RunSummaryTests {
    @Test func loadsFollowPeerLinksOfTheCompiledModel() throws {
        // The flagship's flat variant consults counterparts in other departments over peer links.
        let run = try ScenarioRun(try ReportFixture.scenario(horizon: 100, replications: 2), threads: 1)
        let result = try #require(run.variants.last)
        let variant = VariantSummary(result, fileName: "flat")
        #expect(variant.loads.utilisation.count == result.model.unitCount)
        let total = result.replications.map { Double($0.peerMessages.reduce(0, +)) }.reduce(0, +) / Double(result.replications.count)
        #expect(total > 0, "the ring carries messages")
        #expect(abs(variant.loads.peerMessages.values.reduce(0, +) - total) < 1e-9)
    }

    /// The terminal, the Markdown and the HTML print a figure the same way.
    @Test func everyOutputPrintsAFigureTheSameWay() throws {
        let (run, folder) = try ReportFixture.flagship.get()
        let summary = try #require(run.variants.first?.metrics[Metric.turnaroundMean.rawValue])
        let text = SummaryText.estimate(summary, metric: Metric.turnaroundMean.rawValue)
        let interval = try #require(text.interval)
        let markdown = try String(contentsOfFile: folder + "/report.md", encoding: .utf8)
        let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(markdown.contains(text.mean) && markdown.contains(interval))
        #expect(html.contains(text.mean) && html.contains(interval))
    }

    @Test func tableRowsAreTheMeasuredHeadlineMetricsInRegistryOrder() throws {
        let (run, _) = try ReportFixture.flagship.get()
        let headline = run.tableMetrics.filter(MetricRegistry.headline.contains)
        #expect(headline == MetricRegistry.headline.filter(headline.contains))
        #expect(run.tableMetrics.first == Metric.turnaroundMean.rawValue)
        #expect(!run.tableMetrics.contains(Metric.shockDetection.rawValue), "the flagship has no shock")
    }

    /// Charts take chart values: the rendering module knows nothing of the engine.
    @Test func chartModuleDoesNotImportTheEngine() throws {
        let folder = Repository.root + "/Sources/GovSimGraphviz"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 10, "found the chart module's sources")
        for file in files {
            let source = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            #expect(!source.contains("import GovSimEngine"), "\(file) imports GovSimEngine")
        }
    }

    /// A claim that credits the structure must say when delegation differs too.
    @Test func differencesNameStructureAndPolicy() throws {
        let (run, _) = try ReportFixture.flagship.get()
        let pyramid = try #require(run.variants.first { $0.name == "pyramid" })
        let flat = try #require(run.variants.first { $0.name == "flat" })
        let differences = VariantDifferences.between(pyramid, flat)
        #expect(differences.contains("levels 5 vs 3"))
        #expect(differences.contains("delegation 0 vs 2"))
        #expect(!differences.contains { $0.hasPrefix("staff ") }, "the same 341 officials")
        #expect(VariantDifferences.between(pyramid, pyramid).isEmpty)
    }
}

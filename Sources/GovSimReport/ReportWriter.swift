import Foundation
import GovSimEngine
import GovSimGraphviz
import GovSimScenario

/// Writes everything `govsim run` leaves in its output folder, for the classroom and the lab:
///
/// - `index.html`, the self-contained report; `report.md`, the same in Markdown;
/// - `journey.html`, one case stepped through every organisation;
/// - `metrics.json`, `metrics.csv`, `timeseries.csv`, and `manifest.json` last;
/// - `charts/`, every chart in the chosen formats (the time series as SVG).
///
/// Every file is staged under a temporary name and all are renamed into place only when all
/// were written (``StagedFiles``), and every name is checked to stay inside the folder.
public enum ReportWriter {
    /// What was written.
    public struct Outcome: Sendable {
        /// Paths of every file written, the manifest last.
        public let files: [String]
        /// The files written beside `index.html` (not in `charts/`), by name, in the order written.
        public let pages: [String]
        /// How many of them are in `charts/`.
        public let chartFiles: Int
        /// Charts that could not be drawn, one line each.
        public let warnings: [String]
    }

    /// Cases traced per replication: enough that the median journey is a case of its own (odd).
    static let tracedJourneys = 101

    /// What the recorder must keep for a report: traced journeys for the journey charts and page,
    /// and samples for the time series (fewer for huge organisations, where each costs a pass over every unit).
    public static func recorderOptions(for scenario: Scenario) -> RecorderOptions {
        let units = scenario.variants.map(\.structure.units.count).max() ?? 0
        return RecorderOptions(journeys: tracedJourneys, samples: max(20, min(200, 20_000_000 / max(units, 1))))
    }

    public static func write(_ run: RunSummary, to folder: String, formats: [ChartFormat], commandLine: [String],
                             options: RecorderOptions) throws(AtomicFile.WriteError) -> Outcome {
        let scenario = run.scenario
        let journey = run.journey
        let charts = RunCharts(run, formats: formats)
        let provenance = Provenance(scenario: scenario, commandLine: commandLine)
        let page = journey.map { JourneyPage(journey: $0, scenario: scenario, provenance: provenance) }
        let dataFiles = ["metrics.csv", "metrics.json", "timeseries.csv", "manifest.json"]
        let text = ReportText(run: run)

        var files: [(String, Data)] = []
        for chart in charts.charts {
            for file in chart.files { files.append(("charts/\(chart.name).\(file.format)", file.data)) }
        }
        files += [
            ("metrics.json", Data(MetricsFiles.json(run).utf8)),
            ("metrics.csv", Data(MetricsFiles.csv(run).utf8)),
            ("timeseries.csv", Data(TimeSeriesFiles.csv(run).utf8)),
            ("index.html", Data(HTMLReport(text: text, charts: charts, provenance: provenance, dataFiles: dataFiles,
                                           journey: journey).render().utf8)),
            ("report.md", Data(MarkdownReport(text: text, charts: charts, provenance: provenance, dataFiles: dataFiles,
                                              journey: journey).render().utf8)),
        ]
        if let page { files.append(("journey.html", Data(page.render().utf8))) }
        let listed = files.map { Manifest.File(path: $0.0, sha256: SHA256.hex($0.1), bytes: $0.1.count) }
        files.append(("manifest.json", Data(Manifest.render(run, provenance: provenance, options: options,
                                                             formats: formats.map(\.fileExtension), files: listed).utf8)))

        var staged = StagedFiles(folder: folder)
        do {
            for (path, data) in files { try staged.stage(data, as: path) }
        } catch {
            staged.discard()
            throw error
        }
        let written = try staged.commit()
        return Outcome(files: written, pages: files.map(\.0).filter { !$0.hasPrefix("charts/") },
                       chartFiles: files.filter { $0.0.hasPrefix("charts/") }.count, warnings: charts.warnings)
    }
}

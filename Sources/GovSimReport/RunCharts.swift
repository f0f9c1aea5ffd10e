import Foundation
import GovSimEngine
import GovSimGraphviz
import GovSimScenario

/// The charts of a run, each drawn once: as SVG for the pages, and in every chosen format for
/// `charts/`. A chart that cannot be drawn is left out with a warning: the metrics are what
/// matter, and the pages say what is missing.
struct RunCharts {
    struct Chart {
        /// The file name without extension (`org-pyramid`).
        let name: String
        /// What the chart shows, for alt text and captions.
        let caption: String
        /// The SVG as rendered, nil when the chart could not be drawn.
        let svg: String?
        /// Rendered bytes by format, for `charts/`.
        let files: [(format: String, data: Data)]
    }

    private(set) var charts: [Chart] = []
    /// Each variant's name as used in file names, in the run's order.
    let variantNames: [String]
    /// Charts that could not be drawn, with the reason.
    private(set) var skipped: [(name: String, reason: String)] = []

    /// One line per skipped chart, for the console.
    var warnings: [String] { skipped.map { "chart \($0.name) skipped: \($0.reason)" } }

    subscript(name: String) -> Chart? { charts.first { $0.name == name } }

    /// Draws the org chart and median journey of every variant, the comparison of metrics and,
    /// with two or more variants, all org charts side by side; with the run's traced case, that
    /// case's path in every variant too (`case-<variant>`).
    init(_ run: RunSummary, formats: [ChartFormat]) {
        let scenario = run.scenario
        variantNames = run.variants.map(\.fileName)
        for variant in run.variants {
            add("org-\(variant.fileName)", caption: "Org chart of \(variant.name), heat-mapped by utilisation", formats: formats) { () throws(GraphvizError) in
                try OrgChart.graph(structure: variant.structure, hierarchy: variant.hierarchy, loads: variant.loads,
                                   options: OrgChartOptions(title: "\(scenario.title): \(variant.name)"))
            }
            add("journey-\(variant.fileName)", caption: "Journey of the median case in \(variant.name)", formats: formats) { () throws(GraphvizError) in
                guard !variant.tracedJourneys.isEmpty else {
                    throw .chart("variant \(variant.name) traced no journeys; run it with journeys recorded")
                }
                return try JourneyChart.graph(journeys: variant.tracedJourneys, structure: variant.structure, hierarchy: variant.hierarchy,
                                              timeUnit: scenario.timeUnit, title: "\(variant.name): journey of the median case")
            }
        }
        if let journey = run.journey {
            for variant in run.variants where variant.replications.indices.contains(journey.replication) {
                let traced = variant.replications[journey.replication].journeys
                add("case-\(variant.fileName)", caption: "Case \(journey.ordinal + 1) in \(variant.name), office by office",
                    formats: formats) { () throws(GraphvizError) in
                    try JourneyChart.graph(journeys: traced, structure: variant.structure, hierarchy: variant.hierarchy,
                                           selection: .ordinal(journey.ordinal), timeUnit: scenario.timeUnit,
                                           title: "\(variant.name): case \(journey.ordinal + 1)")
                }
            }
        }
        add("comparison", caption: "Headline metrics of every variant with 95% confidence intervals", formats: formats) { () throws(GraphvizError) in
            try ComparisonChart.graph(series: run.comparisonSeries, metrics: RunSummary.chartedMetrics,
                                      title: scenario.title, timeUnit: scenario.timeUnit)
        }
        if run.variants.count > 1 {
            add("side-by-side", caption: "The org charts side by side, heat-mapped by utilisation on one scale", formats: formats) { () throws(GraphvizError) in
                try SideBySideChart.graph(run.variants.map(\.panel), title: scenario.title)
            }
        }
        let series = run.timeSeries
        addSVG(TimeSeriesChart.backlog(series, title: scenario.title, timeUnit: scenario.timeUnit, warmup: scenario.length.warmup),
               name: "backlog", caption: "Open cases over time, with 95% confidence bands")
        addSVG(TimeSeriesChart.utilisation(series, title: scenario.title, timeUnit: scenario.timeUnit, warmup: scenario.length.warmup),
               name: "utilisation", caption: "Busy share of each level's staff over time")
    }

    /// Adds a chart drawn without Graphviz (the time series): SVG only, whatever the formats.
    private mutating func addSVG(_ svg: String?, name: String, caption: String) {
        guard let svg else { return }
        charts.append(Chart(name: name, caption: caption, svg: svg, files: [("svg", Data(svg.utf8))]))
    }

    private mutating func add(_ name: String, caption: String, formats: [ChartFormat],
                              graph make: () throws(GraphvizError) -> Graph) {
        do {
            let graph = try make()
            let svgData = try ChartRenderer.render(graph, format: .svg)
            var files: [(String, Data)] = []
            for format in formats {
                files.append((format.fileExtension, format == .svg ? svgData : try ChartRenderer.render(graph, format: format)))
            }
            charts.append(Chart(name: name, caption: caption, svg: String(decoding: svgData, as: UTF8.self), files: files))
        } catch {
            skipped.append((name, error.description))
        }
    }
}

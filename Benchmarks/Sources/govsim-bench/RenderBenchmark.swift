import Foundation
import GovSimGraphviz
import GovSimScenario

/// `govsim-bench render`: the org chart of a scenario's first variant, collapsed as `govsim chart`
/// draws large organisations (alike siblings folded into group boxes), laid out and rendered to SVG
/// by Graphviz in process. Building the chart and rendering it are timed apart.
struct RenderBenchmark {
    let options: Options

    init(_ options: Options) { self.options = options }

    func run() throws(BenchError) -> ResultLine {
        var watch = Stopwatch()
        let scenario = try EventLoopBenchmark.load(options.file)
        let loadSeconds = watch.seconds
        let structure = scenario.variants[0].structure
        let chartOptions = OrgChartOptions(title: scenario.title)

        watch = Stopwatch()
        let graph: Graph
        do { graph = try OrgChart.graph(structure: structure, options: chartOptions) } catch {
            throw .runtime("\(scenario.file): \(error.description)")
        }
        let graphSeconds = watch.seconds

        watch = Stopwatch()
        let svg: Data
        do { svg = try ChartRenderer.render(graph, format: .svg) } catch {
            throw .runtime("\(scenario.file): \(error.description)")
        }
        let renderSeconds = watch.seconds
        let peak = ProcessStats.peakResidentMiB()

        var line = ResultLine()
        line["scenario"] = scenario.name
        line["units"] = structure.units.count
        line["collapse_above"] = chartOptions.collapseAbove
        line["nodes"] = graph.nodes.count
        line["edges"] = graph.edges.count
        line["svg_bytes"] = svg.count
        line["load_s"] = loadSeconds
        line["graph_s"] = graphSeconds
        line["render_s"] = renderSeconds
        line["peak_rss_mb"] = peak
        standardError("  \(scenario.name): chart of \(structure.units.count) units as \(graph.nodes.count) boxes; "
            + "chart \(format(graphSeconds)) s, layout and SVG \(format(renderSeconds)) s, \(svg.count) bytes, peak \(format(peak)) MiB\n")
        return line
    }
}

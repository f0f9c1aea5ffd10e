import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GovSimGraphviz
import GovSimEngine
import GovSimModel
import Testing

@Suite struct OtherChartTests {
    static let experiment: [VariantResult] = {
        let profiles = (0..<3).map { LevelProfile(name: ["Head", "Bureau", "Office"][$0], service: .exponential(mean: 0.2)) }
        let pyramid = Structure.pyramid(levels: 3, span: 3, profiles: profiles)
        let flat = Structure.tree(spans: [12], profiles: Array(profiles.prefix(2)), peers: [.none, .ring])
        let experiment = Experiment(
            variants: [Variant(name: "pyramid", structure: pyramid), Variant(name: "flat", structure: flat)],
            workload: Workload(arrivalRate: 2, rateBasis: .total, caseTypes: [CaseType(name: "routine", share: 1, decisionClass: 1)]),
            length: RunLength(horizon: 200, warmup: 20, cooldown: 0), seed: 7, replications: 3,
            options: RecorderOptions(journeys: 21))
        return (try? experiment.run(threads: 1)) ?? []
    }()

    @Test func journeyOfTheMedianCase() throws {
        let variant = try #require(Self.experiment.first)
        let journeys = try #require(variant.replications.first?.journeys)
        let chosen = try JourneyChart.select(.median, from: journeys)
        let turnarounds = journeys.compactMap(\.turnaround).sorted()
        #expect(chosen.turnaround == turnarounds[(turnarounds.count - 1) / 2])
        let graph = try JourneyChart.graph(journeys: journeys, structure: variant.model.structure, timeUnit: "hour")
        #expect(graph.engine == .neato)
        #expect(graph.nodes.filter { $0.id.hasPrefix("hop") }.count == chosen.visits.count)
        #expect(XMLParser(data: try ChartRenderer.render(graph, format: .svg)).parse())
    }

    @Test func journeyOfAMissingCaseIsAClearError() throws {
        let variant = try #require(Self.experiment.first)
        let journeys = try #require(variant.replications.first?.journeys)
        #expect(throws: GraphvizError.chart("no traced case has number 1000; 21 cases were traced")) {
            try JourneyChart.graph(journeys: journeys, structure: variant.model.structure, selection: .ordinal(999))
        }
    }

    @Test func comparisonShowsEveryVariantWithItsInterval() throws {
        let graph = try ComparisonChart.graph(series: Self.series, metrics: Self.metrics(["turnaround.mean", "hops.per_case"]))
        let dot = DOTEncoder.encode(graph)
        #expect(dot.contains("pyramid") && dot.contains("flat"))
        #expect(dot.contains("2.5 to 2.6"))
        #expect(dot.contains("95% confidence interval"))
        #expect(XMLParser(data: try ChartRenderer.render(graph, format: .svg)).parse())
    }

    @Test func comparisonOfUnmeasuredMetricsIsAClearError() {
        #expect(throws: GraphvizError.chart("none of the metrics no.such was measured")) {
            try ComparisonChart.graph(series: Self.series, metrics: Self.metrics(["no.such"]))
        }
    }

    @Test func sideBySidePutsEachVariantInItsOwnFrame() throws {
        let graph = try SideBySideChart.graph(Self.experiment.map { SideBySideChart.Panel(name: $0.name, structure: $0.model.structure) },
                                              title: "Both")
        #expect(graph.subgraphs.filter(\.isCluster).count == 2)
        let ids = graph.allNodes.map(\.id)
        #expect(Set(ids).count == ids.count, "node ids must not clash between panels")
        #expect(XMLParser(data: try ChartRenderer.render(graph, format: .svg)).parse())
    }

    /// Chart values as the report layer makes them: a bar per variant with a printed interval.
    static let series = [
        ComparisonChart.Series(name: "pyramid", bars: ["turnaround.mean": .init(mean: 2.55, lower: 2.5, upper: 2.6, text: "2.55 (2.5 to 2.6)"),
                                                       "hops.per_case": .init(mean: 3, lower: 3, upper: 3, text: "3")]),
        ComparisonChart.Series(name: "flat", bars: ["turnaround.mean": .init(mean: 0.9, lower: 0.85, upper: 0.95, text: "0.9 (0.85 to 0.95)")]),
    ]

    static func metrics(_ names: [String]) -> [ComparisonChart.Metric] {
        names.map { ComparisonChart.Metric(name: $0, meaning: "meaning of \($0)") }
    }
}

import GovSimEngine
import GovSimModel
import Testing

/// The registry is the one definition of a metric: the Recorder emits exactly the registered
/// metrics, and every registered metric is emitted by some run.
@Suite struct MetricRegistryTests {
    /// Every name a run of a three-level pyramid with a shock reports, over its replications.
    static func emittedNames() throws -> Set<String> {
        let pyramid = Structure.pyramid(levels: 3, span: 2, profiles: (0..<3).map { LevelProfile(name: "L\($0)", service: .exponential(mean: 0.2)) })
        let crisis = CaseType(name: "crisis", share: 1, decisionClass: 1, notifyTop: true)
        let workload = Workload(arrivalRate: 0.5, caseTypes: [crisis], shocks: [Shock(time: 20, cases: 3, duration: 1, caseType: 0)])
        let results = try Experiment(variants: [Variant(name: "p", structure: pyramid)], workload: workload,
                                     length: RunLength(horizon: 200, warmup: 10), seed: 3, replications: 2).run()
        return Set(results.flatMap { $0.replications.flatMap(\.metrics.keys) })
    }

    @Test func recorderEmitsOnlyRegisteredMetrics() throws {
        for name in try Self.emittedNames() {
            #expect(MetricRegistry.isKnown(name), "the Recorder emits \(name), which the registry does not define")
        }
    }

    @Test func everyRegisteredMetricIsEmitted() throws {
        let emitted = try Self.emittedNames()
        for metric in Metric.allCases {
            #expect(emitted.contains(metric.rawValue), "\(metric.rawValue) is registered but no run reports it")
        }
        for family in Metric.PerLevel.allCases {
            for level in 0..<3 {
                #expect(emitted.contains(family.name(level: level)), "\(family.name(level: level)) is not reported")
            }
        }
    }

    @Test func definitionsNameTheirMetric() {
        for metric in Metric.allCases {
            let definition = MetricRegistry.definition(metric)
            #expect(definition.name == metric.rawValue)
            #expect(!definition.meaning.isEmpty)
            #expect(definition.digits >= 1)
        }
    }

    @Test func headlineRanksAreDistinctAndKnown() {
        let headline = MetricRegistry.headline
        #expect(Set(headline).count == headline.count)
        #expect(headline.first == Metric.turnaroundMean.rawValue)
        for name in headline { #expect(MetricRegistry.isKnown(name)) }
        #expect(MetricRegistry.charted.allSatisfy(headline.contains))
        #expect(!MetricRegistry.charted.isEmpty)
    }

    @Test(arguments: [
        ("utilisation.level.0", true), ("decisions.level.12", true), ("utilisation.level.", false),
        ("utilisation.level.03", false), ("utilisation.level.+3", false), ("utilisation.level.-1", false),
        ("turnaround.mean", true), ("turnaround.mena", false),
    ])
    func knowsOnlyNamesTheRecorderWrites(name: String, known: Bool) {
        #expect(MetricRegistry.isKnown(name) == known)
    }

    @Test func perLevelMeaningNamesTheLevel() throws {
        let definition = try #require(MetricRegistry.definition(named: "utilisation.level.2"))
        #expect(definition.meaning == "busy share of the staff on level 2")
        #expect(definition.kind == .share)
        #expect(definition.headlineRank == nil)
        #expect(MetricRegistry.definition(named: "utilisation.level.0")?.headlineRank != nil)
    }

    @Test func timesNeedASteadyStateAndUtilisationDoesNot() {
        for metric in Metric.allCases where MetricRegistry.definition(metric).kind == .time {
            #expect(MetricRegistry.definition(metric).needsSteadyState, "\(metric.rawValue)")
        }
        #expect(!MetricRegistry.definition(.utilisationMax).needsSteadyState)
        #expect(!MetricRegistry.definition(.casesBacklog).needsSteadyState)
    }

    @Test func unknownNamesGetASuggestion() {
        #expect(MetricRegistry.unknownNameMessage("turnaround.mena") == "no metric is named \"turnaround.mena\"; did you mean \"turnaround.mean\"?")
        #expect(MetricRegistry.unknownNameMessage("turnaround.mean") == nil)
    }

    @Test func filesOrderFollowsTheRegistry() {
        let ordered = MetricRegistry.ordered(["utilisation.level.10", "decisions.level.1", "turnaround.p50", "utilisation.level.2",
                                              "turnaround.mean"])
        #expect(ordered == ["turnaround.mean", "turnaround.p50", "decisions.level.1", "utilisation.level.2", "utilisation.level.10"])
    }
}

@testable import GovSimEngine
import GovSimModel
import Testing

/// Prefetching is a hint to the processor: on or off, a run gives the same results.
@Suite struct PrefetchTests {
    @Test func prefetchingChangesNoResult() throws {
        // 19,531 units: more than the cache-resident size, so the engine prefetches by default.
        let profiles = (0..<7).map { LevelProfile(name: "L\($0)", service: .exponential(mean: 0.05 * Double($0 + 1))) }
        let pyramid = Structure.pyramid(levels: 7, span: 5, profiles: profiles, departments: ["a", "b", "c"])
        #expect(Simulation.outgrowsCache(unitCount: pyramid.units.count))
        var policy = Policy(delegation: 1)
        policy.buckPassing = 0.1
        policy.corruption = 0.05
        let model = try CompiledModel(structure: pyramid, policy: policy)
        let workload = Workload(arrivalRate: 400, caseTypes: [
            CaseType(name: "simple", share: 3, decisionClass: 1),
            CaseType(name: "joint", share: 1, decisionClass: 3, otherDepartments: 1),
        ])
        func run(prefetching: Bool) -> ReplicationResult {
            var simulation = Simulation(model: model, workload: workload, length: RunLength(horizon: 20), seed: 7,
                                        replication: 0, options: RecorderOptions(journeys: 3, samples: 4))
            simulation.prefetches = prefetching
            return simulation.run()
        }
        let with = run(prefetching: true), without = run(prefetching: false)
        #expect(with.services > 10_000)
        #expect(with.metrics.mapValues(\.bitPattern) == without.metrics.mapValues(\.bitPattern))
        #expect(with.unitDecisions == without.unitDecisions)
        #expect(with.uplinkMessages == without.uplinkMessages)
        #expect(with.unitUtilisation == without.unitUtilisation)
    }
}

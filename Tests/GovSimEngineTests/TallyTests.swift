import GovSimEngine
import GovSimModel
import Testing

/// Per-unit counts the engine keeps narrow (messages on a unit's line in 16 bits, beside its queue)
/// must carry every wrap into the count it reports.
@Suite struct TallyTests {
    /// A front-line office under a head that decides everything, with instant service: each case
    /// crosses the office's line twice (up, and its answer down) and is decided once, at the head.
    /// Some 70,000 cases: the line carries more messages than 16 bits hold.
    @Test func messageCountsCarryPastSixteenBits() throws {
        let profiles = (0..<2).map { LevelProfile(name: "L\($0)", service: .zero) }
        let chain = Structure.pyramid(levels: 2, span: 1, profiles: profiles)
        let workload = Workload(arrivalRate: 70_000, caseTypes: [CaseType(name: "permit", share: 1, decisionClass: 1)])
        let result = try Experiment(variants: [Variant(name: "chain", structure: chain, policy: Policy())], workload: workload,
                                    length: RunLength(horizon: 1, warmup: 0), seed: 3, replications: 1).run()
        let replication = try #require(result.first?.replications.first)
        let arrived = try #require(replication.metrics["cases.arrived"])
        #expect(arrived > 65_536 / 2 + 1_000)
        #expect(replication.metrics["cases.completed"] == arrived)
        #expect(replication.uplinkMessages[1] == 2 * Int(arrived))
        #expect(replication.unitDecisions == [Int(arrived), 0])
    }
}

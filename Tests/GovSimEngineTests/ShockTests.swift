import GovSimEngine
import GovSimModel
import Testing

@Suite struct ShockTests {
    /// A chain of three units with a one-hour deterministic service each and no other work.
    static func run(decisionClass: Int, notifyTop: Bool, policy: Policy = Policy(), at time: Double = 10,
                    over duration: Double = 0) throws -> [String: Double] {
        let profiles = (0..<3).map { LevelProfile(name: "L\($0)", service: .deterministic(1)) }
        let chain = Structure.pyramid(levels: 3, span: 1, profiles: profiles)
        let crisis = CaseType(name: "crisis", share: 1, decisionClass: decisionClass, notifyTop: notifyTop)
        let workload = Workload(arrivalRate: 1e-9, caseTypes: [crisis],
                                shocks: [Shock(time: time, cases: 1, duration: duration, caseType: 0)])
        let result = try Experiment(variants: [Variant(name: "chain", structure: chain, policy: policy)], workload: workload,
                                    length: RunLength(horizon: 100, warmup: 0), seed: 1, replications: 1).run()
        return try #require(result.first?.replications.first?.metrics)
    }

    @Test func topLearnsWhenItDecides() throws {
        // Front line (1 h), middle (1 h), top decides (1 h): the top knows 3 h after the shock;
        // the answer comes back through middle and front line: 5 h.
        let metrics = try Self.run(decisionClass: 9, notifyTop: false)
        #expect(metrics["shock.detection"] == 3)
        #expect(metrics["shock.response.mean"] == 5)
    }

    /// A scenario may say "time": -0 and "duration": -0 (both pass the range checks): the shock's
    /// case is due at -0.0, which is the start, not after the end of time.
    @Test func shockAtNegativeZeroArrivesAtTheStart() throws {
        let metrics = try Self.run(decisionClass: 9, notifyTop: false, at: -0.0, over: -0.0)
        #expect(metrics["shock.detection"] == 3)
        #expect(metrics["shock.response.mean"] == 5)
    }

    @Test func delegatedDecisionReportsUpWhenTheTopMustKnow() throws {
        // The front line decides at once (1 h) and answers; its report climbs two more services.
        let metrics = try Self.run(decisionClass: 0, notifyTop: true)
        #expect(metrics["shock.response.mean"] == 1)
        #expect(metrics["shock.detection"] == 3)
    }

    @Test func topNeverLearnsWithoutReporting() throws {
        let metrics = try Self.run(decisionClass: 0, notifyTop: false)
        #expect(try #require(metrics["shock.detection"]).isNaN)
    }
}

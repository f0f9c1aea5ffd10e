import GovSimEngine
import GovSimModel
import Testing

@Suite struct LittlesLawTests {
    @Test func numberInSystemEqualsRateTimesTimeOnAPyramid() throws {
        let profiles = (0..<4).map { level in
            LevelProfile(name: "L\(level)", service: .lognormal(mean: [0.3, 0.25, 0.2, 0.5][level], cv: 0.7))
        }
        let structure = Structure.pyramid(levels: 4, span: 3, profiles: profiles, reportDelay: .exponential(mean: 0.1))
        let workload = Workload(arrivalRate: 1.2, caseTypes: [
            CaseType(name: "routine", share: 0.6, decisionClass: 0),
            CaseType(name: "permit", share: 0.3, decisionClass: 1),
            CaseType(name: "policy", share: 0.1, decisionClass: 3),
        ])
        let length = RunLength(horizon: 60_000, warmup: 1_000)
        let result = try Experiment(variants: [Variant(name: "pyramid", structure: structure)], workload: workload,
                                    length: length, seed: 11, replications: 2).run()
        let summary = try #require(result.first?.summary)
        let l = try #require(summary["cases.in_system.mean"]).mean
        let w = try #require(summary["turnaround.mean"]).mean
        let lambda = try #require(summary["cases.arrived"]).mean / (length.horizon - length.warmup)
        #expect(abs(l - lambda * w) / l < 0.02, "L = \(l), lambda W = \(lambda * w)")
    }
}

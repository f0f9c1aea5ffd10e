import Foundation
import GovSimEngine
import GovSimModel
import Testing

/// Tullock's "whispering down the lane": information kept over n relays is p^n.
@Suite struct DistortionTests {
    @Test(arguments: [1, 2, 4, 6])
    func reportRelayedOverLevelsKeepsFidelityToThePowerOfLevels(levels: Int) throws {
        let p = 0.9
        let profiles = (0...levels).map { LevelProfile(name: "L\($0)", service: .exponential(mean: 0.01), fidelity: p) }
        let structure = Structure.pyramid(levels: levels + 1, span: 1, profiles: profiles)
        // Class above every non-top authority: every case is relayed `levels` times before the top decides.
        let workload = Workload(arrivalRate: 1, caseTypes: [CaseType(name: "report", share: 1, decisionClass: 99)])
        let result = try Experiment(variants: [Variant(name: "chain", structure: structure)], workload: workload,
                                    length: RunLength(horizon: 200), seed: 3, replications: 2).run()
        let fidelity = try #require(result.first?.summary["fidelity.at_decision"])
        let expected = pow(p, Double(levels))
        #expect(abs(fidelity.mean - expected) < 1e-9, "levels \(levels): \(fidelity.mean) vs \(expected)")
        #expect(result.first?.summary["decisions.level.0"]?.mean == 1)
        // The decision relayed back down loses as much again: the top and the levels below it pass it on.
        let answer = try #require(result.first?.summary["fidelity.at_front_line"])
        #expect(abs(answer.mean - expected) < 1e-9, "answer fidelity \(answer.mean)")
    }

    @Test func decisionAccuracyFollowsFidelity() throws {
        // Accuracy = fidelity x (1 - error rate): with p = 0.8 over 3 relays, 0.512 of decisions are right.
        let profiles = (0...3).map { LevelProfile(name: "L\($0)", service: .exponential(mean: 0.001), fidelity: 0.8) }
        let structure = Structure.pyramid(levels: 4, span: 1, profiles: profiles)
        let workload = Workload(arrivalRate: 5, caseTypes: [CaseType(name: "report", share: 1, decisionClass: 99)])
        let result = try Experiment(variants: [Variant(name: "chain", structure: structure)], workload: workload,
                                    length: RunLength(horizon: 4_000), seed: 5, replications: 2).run()
        let accuracy = try #require(result.first?.summary["decisions.accuracy"])
        #expect(abs(accuracy.mean - 0.512) < 0.01, "accuracy \(accuracy.mean)")
    }
}

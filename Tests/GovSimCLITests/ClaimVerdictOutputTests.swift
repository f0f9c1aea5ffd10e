import Foundation
import GovSimCLI
import GovSimTestSupport
import Testing

/// `govsim run` prints every claim's verdict with its effect in words and writes them, with the
/// paired effect and the claim's basis, into metrics.json.
@Suite struct ClaimVerdictOutputTests {
    @Test func runPrintsAndWritesTheVerdicts() throws {
        let folder = ScratchFolder.path("verdicts")
        defer { ScratchFolder.remove(folder) }
        let result = Captured.run(["run", "control-loss", "--out", folder, "--format", "dot", "--horizon", "200", "--replications", "3"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("\nClaims:\n  [supported] layer-by-layer-loss: flat.fidelity.at_decision > tall.fidelity.at_decision\n"
            + "      flat fidelity.at_decision is "))
        #expect(result.out.contains("higher than tall fidelity.at_decision (95% CI "))
        #expect(result.out.contains("; paired over 3 replications)"))
        #expect(result.out.contains("  [supported] front-line-decides-better: "))
        let data = try #require(FileManager.default.contents(atPath: folder + "/metrics.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(claims.map { $0["id"] as? String } == ["layer-by-layer-loss", "pyramid-decides-worse", "front-line-decides-better"])
        for claim in claims {
            #expect(claim["verdict"] as? String == "supported")
            #expect(claim["expected_verdict"] as? String == "supported")
            #expect(["document", "interpretation"].contains(claim["basis"] as? String))
            let effect = try #require(claim["effect"] as? [String: Any])
            #expect(effect["paired"] as? Bool == true)
            #expect(effect["n"] as? Int == 3)
            let interval = try #require(effect["ci95"] as? [Double])
            #expect(interval.count == 2 && interval[0] <= interval[1])
            let left = try #require(claim["left"] as? [String: Any])
            #expect((left["ci95"] as? [Double])?.count == 2)
            #expect(left["n"] as? Int == 3)
        }
    }
}

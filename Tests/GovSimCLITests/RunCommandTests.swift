import Foundation
import GovSimTestSupport
import Testing

@Suite struct RunCommandTests {
    @Test func unknownOptionIsAUsageError() {
        let result = Captured.run(["run", "pyramid-vs-flat", "--replication", "3"])
        #expect(result.code == 64)
        #expect(result.err == "govsim run: unknown option --replication; did you mean --replications? (see govsim run --help)\n")
    }

    @Test func missingScenarioIsAUsageError() {
        let result = Captured.run(["run", "no-such-scenario"])
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("govsim run: no scenario file or bundled scenario named \"no-such-scenario\""))
    }

    @Test func unknownCommandSuggestsTheClosest() {
        let result = Captured.run(["rnu"])
        #expect(result.code == 64)
        #expect(result.err == "govsim: unknown command \"rnu\". Did you mean run? Run 'govsim --help' for the list.\n")
    }

    @Test func runWritesMetricsAndIsByteIdenticalAcrossRunsAndThreads() throws {
        let folder = ScratchFolder.path("run")
        defer { ScratchFolder.remove(folder) }
        let scenario = Repository.scenarios + "/pyramid-vs-flat.json"
        let common = ["run", scenario, "--horizon", "200", "--replications", "3", "--quiet"]
        #expect(Captured.run(common + ["--out", folder + "/a", "--threads", "1"]).code == 0)
        #expect(Captured.run(common + ["--out", folder + "/b"]).code == 0)
        for file in ["metrics.json", "metrics.csv"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/a/\(file)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/b/\(file)"))
            #expect(a == b, "\(file) differs between runs")
            #expect(!a.isEmpty)
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/a/metrics.json"))) as? [String: Any]
        let variants = json?["variants"] as? [[String: Any]]
        #expect(variants?.map { $0["name"] as? String } == ["pyramid", "flat", "pyramid-delegated", "flat-centralised"])
        let metrics = variants?.first?["metrics"] as? [String: Any]
        let turnaround = metrics?["turnaround.mean"] as? [String: Any]
        #expect((turnaround?["ci95"] as? [Double])?.count == 2)
        #expect(turnaround?["n"] as? Int == 3)
    }

    /// crisis-response's shock comes at hour 100: a horizon of 100 cuts it off, and says so.
    @Test func horizonThatCutsAShockOffIsAWarning() {
        let folder = ScratchFolder.path("shock-cut")
        defer { ScratchFolder.remove(folder) }
        let result = Captured.run(["run", "crisis-response", "--horizon", "100", "--replications", "2", "--quiet", "--out", folder])
        #expect(result.code == 0)
        #expect(result.err.contains("govsim run: warning: --horizon 100 ends before workload.shocks[0] starts (at 100): "
            + "the shock never happens and its metrics are not measured; use --horizon 153 or more to see it\n"))
        let full = Captured.run(["run", "crisis-response", "--horizon", "400", "--replications", "2", "--quiet", "--out", folder])
        #expect(!full.err.contains("warning: --horizon"))
    }

    /// --robustness judges every claim across the scenario's declared sweep, by the run's rule.
    @Test func robustnessJudgesEveryClaimAcrossTheDeclaredSweep() throws {
        let folder = ScratchFolder.path("robustness")
        defer { ScratchFolder.remove(folder) }
        let scenario = Repository.scenarios + "/sweeps/levels-and-load.json"
        let result = Captured.run(["run", scenario, "--robustness", "--replications", "2", "--horizon", "60", "--out", folder])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("across variants[0].structure.levels from 2 to 6 and workload.arrival_rate from 0.25 to 0.75: "))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/metrics.json"))) as? [String: Any]
        let claims = try #require(json?["claims"] as? [[String: Any]])
        let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(html.contains("Across variants[0].structure.levels from 2 to 6 and workload.arrival_rate from 0.25 to 0.75: "))
        for claim in claims {
            let robustness = try #require(claim["robustness"] as? [String: Any])
            #expect(robustness["points"] as? Int == 15)
            let counts = try #require(robustness["verdicts"] as? [String: Int])
            #expect(counts.values.reduce(0, +) == 15)
        }
        let none = Captured.run(["run", Repository.scenarios + "/bench/small.json", "--robustness", "--out", folder + "/none"])
        #expect(none.code == 64)
        #expect(none.err.contains("--robustness: ") && none.err.contains("declares no sweep"))
    }
}

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
        #expect(variants?.map { $0["name"] as? String } == ["pyramid", "flat"])
        let metrics = variants?.first?["metrics"] as? [String: Any]
        let turnaround = metrics?["turnaround.mean"] as? [String: Any]
        #expect((turnaround?["ci95"] as? [Double])?.count == 2)
        #expect(turnaround?["n"] as? Int == 3)
    }
}

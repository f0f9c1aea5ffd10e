import Foundation
import GovSimCLI
import GovSimScenario
import GovSimTestSupport
import Testing

@Suite struct NewCommandTests {
    /// The starter validates without a warning, and its claim comes out as it says when run.
    @Test func writesAStarterThatValidatesAndRuns() throws {
        let folder = try ScratchFolder.make("new")
        defer { ScratchFolder.remove(folder) }
        let path = folder + "/tax-office.json"
        let result = Captured.run(["new", "tax-office", "--out", path])
        #expect(result.code == 0)
        #expect(result.out == "Wrote \(path). Edit it, then: govsim validate \(path) && govsim run \(path)\n")
        let loaded = try ScenarioLoader.load(path: path)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.scenario.name == "tax-office")
        #expect(Repository.text(path).contains("\"_comment\""))
        let validate = Captured.run(["validate", path])
        #expect(validate.code == 0 && validate.err.isEmpty)
        let run = Captured.run(["run", path, "--out", folder + "/out", "--format", "dot", "--replications", "3", "--horizon", "200"])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("[supported] flat-faster: flat.turnaround.mean < pyramid.turnaround.mean"))
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let folder = try ScratchFolder.make("new")
        defer { ScratchFolder.remove(folder) }
        let path = folder + "/a.json"
        #expect(Captured.run(["new", "a", "--out", path]).code == 0)
        let again = Captured.run(["new", "a", "--out", path])
        #expect(again.code == 64)
        #expect(again.err == "govsim new: \(path) exists; choose another name or --out, or add --force to replace it\n")
        #expect(Captured.run(["new", "a", "--out", path, "--force"]).code == 0)
    }

    @Test(arguments: ["My Scenario", "-x", "a/b", "ÉTAT", ""]) func refusesANameThatCannotNameAFolder(_ name: String) {
        let result = Captured.run(["new", name, "--out", "/nonexistent/never-written.json"])
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("govsim new: "))
    }
}

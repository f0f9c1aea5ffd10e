import Foundation
import GovSimTestSupport
import Testing

/// The built `govsim` finds bundled scenarios by name from any working folder: through the
/// checkout it was built in, or through $GOVSIM_SCENARIOS.
@Suite struct BundledLookupTests {
    /// Runs the built `govsim` in `folder`, with $GOVSIM_SCENARIOS only as `scenarios` says.
    static func run(_ arguments: [String], in folder: String, scenarios: String? = nil) throws -> (code: Int32, out: String) {
        let result = try ChildProcess.run([try Executables.govsim()] + arguments, in: folder, environment: ["GOVSIM_SCENARIOS": scenarios])
        return (result.status, result.out)
    }

    @Test func findsBundledScenariosFromAnotherFolder() throws {
        let folder = try ScratchFolder.make("cwd")
        defer { ScratchFolder.remove(folder) }
        let list = try Self.run(["list"], in: folder)
        #expect(list.code == 0)
        #expect(list.out.contains("crisis-response "))
        let explain = try Self.run(["explain", "crisis-response"], in: folder)
        #expect(explain.code == 0)
        #expect(explain.out.hasPrefix("crisis-response: "))
    }

    @Test func environmentVariableComesFirst() throws {
        let scenarios = try ScratchFolder.make("scenarios"), elsewhere = try ScratchFolder.make("cwd")
        defer { ScratchFolder.remove(scenarios); ScratchFolder.remove(elsewhere) }
        let starter = try Self.run(["new", "own-scenario", "--out", scenarios + "/own-scenario.json"], in: scenarios)
        #expect(starter.code == 0)
        let list = try Self.run(["list"], in: elsewhere, scenarios: scenarios)
        #expect(list.code == 0)
        #expect(list.out == "own-scenario  A tall pyramid and a flat network with the same staff\n")
        let validate = try Self.run(["validate", "own-scenario", "pyramid-vs-flat"], in: elsewhere, scenarios: scenarios)
        #expect(validate.code == 0)
        let lines = validate.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix("/own-scenario.json: ok") == true)
        #expect(lines.last?.hasSuffix("/scenarios/pyramid-vs-flat.json: ok") == true)
    }
}

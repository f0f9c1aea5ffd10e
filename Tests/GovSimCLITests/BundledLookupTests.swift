import Foundation
import Testing

/// The built `govsim` finds bundled scenarios by name from any working folder: through the
/// checkout it was built in, or through $GOVSIM_SCENARIOS.
@Suite struct BundledLookupTests {
    /// `govsim`, built beside the test bundle.
    static var binary: String {
        let here = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = here.deletingLastPathComponent()
        if folder.lastPathComponent == "MacOS" { folder = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
        return folder.appendingPathComponent("govsim").path
    }

    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> (code: Int32, out: String) {
        var env = ProcessInfo.processInfo.environment
        env["GOVSIM_SCENARIOS"] = nil
        env.merge(environment) { $1 }
        return try Subprocess.run(binary, arguments, in: folder, environment: env)
    }

    static func emptyFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govsim-cwd-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func findsBundledScenariosFromAnotherFolder() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build govsim first: \(Self.binary)")
        let folder = try Self.emptyFolder()
        let list = try Self.run(["list"], in: folder)
        #expect(list.code == 0)
        #expect(list.out.contains("crisis-response "))
        let explain = try Self.run(["explain", "crisis-response"], in: folder)
        #expect(explain.code == 0)
        #expect(explain.out.hasPrefix("crisis-response: "))
    }

    @Test func environmentVariableComesFirst() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build govsim first: \(Self.binary)")
        let scenarios = try Self.emptyFolder()
        let starter = try Self.run(["new", "own-scenario", "--out", scenarios + "/own-scenario.json"], in: scenarios)
        #expect(starter.code == 0)
        let list = try Self.run(["list"], in: try Self.emptyFolder(), environment: ["GOVSIM_SCENARIOS": scenarios])
        #expect(list.code == 0)
        #expect(list.out == "own-scenario  A tall pyramid and a flat network with the same staff\n")
        let validate = try Self.run(["validate", "own-scenario", "pyramid-vs-flat"], in: try Self.emptyFolder(),
                                    environment: ["GOVSIM_SCENARIOS": scenarios])
        #expect(validate.code == 0)
        let lines = validate.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix("/own-scenario.json: ok") == true)
        #expect(lines.last?.hasSuffix("/scenarios/pyramid-vs-flat.json: ok") == true)
    }
}

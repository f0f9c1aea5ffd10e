import Foundation
import GovSimCLI
import GovSimTestSupport
import Testing

@Suite struct ValidateCommandTests {
    static func file(_ text: String) throws -> String {
        let path = try ScratchFolder.make("validate") + "/x.json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let valid = #"""
        {"format": 1, "name": "x", "workload": {"arrival_rate": 1},
         "variants": [{"name": "a", "structure": {"generator": "pyramid", "levels": 2, "span": 2}}]}
        """#

    @Test func everyBundledScenarioIsValid() {
        let result = Captured.run(["validate", "--all"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.err.isEmpty)
        #expect(result.out.split(separator: "\n").allSatisfy { $0.hasSuffix(": ok") })
    }

    @Test func reportsEveryProblemOfEveryFileAndExits65() throws {
        let bad = try Self.file(Self.valid.replacingOccurrences(of: #""levels": 2"#, with: #""levels": 0"#)
            .replacingOccurrences(of: #""arrival_rate": 1"#, with: #""arrival_rate": 1, "satisfation": {}"#))
        let good = try Self.file(Self.valid)
        let result = Captured.run(["validate", bad, good])
        #expect(result.code == 65)
        #expect(result.err == """
            \(bad): workload.satisfation: warning: unknown key, ignored; did you mean "satisfaction"?
            \(bad): variants[0].structure.levels: expected an integer from 1 to 40, got 0
            govsim validate: 1 of 2 files failed

            """)
        #expect(result.out == "\(bad): 1 error, 1 warning\n\(good): ok\n")
    }

    @Test func warningsPassUnlessStrict() throws {
        let path = try Self.file(Self.valid.replacingOccurrences(of: #""name": "x","#, with: #""name": "x", "titel": "T","#))
        let lenient = Captured.run(["validate", path])
        #expect(lenient.code == 0)
        #expect(lenient.err == "\(path): titel: warning: unknown key, ignored; did you mean \"title\"?\n")
        #expect(lenient.out == "\(path): ok, 1 warning\n")
        #expect(Captured.run(["validate", "--strict", path]).code == 65)
    }

    @Test func syntaxErrorsGiveLineAndColumn() throws {
        let path = try Self.file("{\n  \"format\": 1\n  \"name\": \"x\"\n}")
        let result = Captured.run(["validate", path])
        #expect(result.code == 65)
        #expect(result.err.hasPrefix("\(path): line 3, column 3: expected ',' or '}' after a member (a missing comma?)\n"))
    }

    @Test func missingFileOrNoArgumentIsAUsageError() {
        #expect(Captured.run(["validate"]).code == 64)
        let missing = Captured.run(["validate", "/nonexistent/x.json"])
        #expect(missing.code == 64)
        #expect(missing.err.hasPrefix("govsim validate: no scenario file or bundled scenario named \"/nonexistent/x.json\"."))
    }
}

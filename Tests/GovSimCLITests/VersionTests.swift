import Foundation
@testable import GovSimCLI
import GovSimReport
import GovSimTestSupport
import Testing

/// `govsim --version` names the version and the commit the binary was built from, recorded at
/// build time by scripts/build-commit.sh (run by Plugins/BuildCommit), or says it is unknown.
@Suite struct VersionTests {
    static let script = Repository.root + "/scripts/build-commit.sh"

    @Test func versionPrintsTheVersionAndTheCommitOfTheBuild() throws {
        let result = Captured.run(["--version"])
        #expect(result.code == 0 && result.err.isEmpty)
        #expect(result.out == VersionText.current + "\n")
        let pattern = #/govsim (.+) \(commit ([0-9a-f]{40}(, with uncommitted changes)?|unknown)\)\n/#
        let match = try #require(result.out.wholeMatch(of: pattern), "\(result.out)")
        #expect(match.1 == GovSimVersion.current)
    }

    @Test func versionTakesNoArguments() {
        let result = Captured.run(["--version", "run"])
        #expect(result.code == 64)
        #expect(result.err == "govsim: --version takes no arguments\n")
    }

    @Test(arguments: [
        ("0.1.0", "0123456789abcdef0123456789abcdef01234567", false, "govsim 0.1.0 (commit 0123456789abcdef0123456789abcdef01234567)"),
        ("0.1.0", "0123456789abcdef0123456789abcdef01234567", true,
         "govsim 0.1.0 (commit 0123456789abcdef0123456789abcdef01234567, with uncommitted changes)"),
        ("0.2.0", nil, false, "govsim 0.2.0 (commit unknown)"),
    ] as [(String, String?, Bool, String)]) func lineNamesTheCommitOrSaysItIsUnknown(_ row: (String, String?, Bool, String)) {
        #expect(VersionText.line(version: row.0, commit: row.1, modified: row.2) == row.3)
    }

    /// The binary built beside the tests carries the same build commit as the code under test.
    @Test func builtBinaryReportsTheSameBuild() throws {
        let folder = try ScratchFolder.make("version")
        defer { ScratchFolder.remove(folder) }
        let result = try BundledLookupTests.run(["--version"], in: folder)
        #expect(result.code == 0)
        #expect(result.out == VersionText.current + "\n")
    }

    /// The generator reads the checkout it is given: its commit, whether it has changes, nil
    /// outside git; and leaves the file untouched when nothing changed (no rebuild).
    @Test func generatorRecordsTheCheckoutsCommit() throws {
        let checkout = try ScratchFolder.make("checkout"), scratch = try ScratchFolder.make("generated"), out = scratch + "/Generated"
        defer { ScratchFolder.remove(checkout); ScratchFolder.remove(scratch) }
        try "a\n".write(toFile: checkout + "/file.txt", atomically: true, encoding: .utf8)
        for arguments in [["init", "-q"], ["add", "file.txt"],
                          ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one"]] {
            #expect(try Self.run("/usr/bin/env", ["git", "-C", checkout] + arguments).code == 0, "git \(arguments)")
        }
        let head = try Self.run("/usr/bin/env", ["git", "-C", checkout, "rev-parse", "HEAD"]).out
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let file = out + "/BuildCommit.swift"

        #expect(try Self.run("/bin/sh", [Self.script, checkout, out]).code == 0)
        #expect(Self.text(file).contains("static let hash: String? = \"\(head)\"\n"))
        #expect(Self.text(file).contains("static let modified = false\n"))
        let written = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try Self.run("/bin/sh", [Self.script, checkout, out]).code == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date == written)

        try "b\n".write(toFile: checkout + "/file.txt", atomically: true, encoding: .utf8)
        #expect(try Self.run("/bin/sh", [Self.script, checkout, out]).code == 0)
        #expect(Self.text(file).contains("static let modified = true\n"))

        let plain = try ScratchFolder.make("plain")
        defer { ScratchFolder.remove(plain) }
        #expect(try Self.run("/bin/sh", [Self.script, plain, out]).code == 0)
        #expect(Self.text(file).contains("static let hash: String? = nil\n"))
        #expect(Self.text(file).contains("static let modified = false\n"))
    }

    /// Run outside every checkout, so a `git` that looks upward finds none.
    static func run(_ executable: String, _ arguments: [String]) throws -> (code: Int32, out: String) {
        let result = try ChildProcess.run([executable] + arguments, in: FileManager.default.temporaryDirectory.path)
        return (result.status, result.out)
    }

    static func text(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

import Foundation
import GovSimTestSupport
import Testing

/// An output folder that cannot be written, or a disk that fills up, gives a clear message and
/// exit status 1, never a crash, and leaves the previous complete output as it was.
///
/// A path under a regular file cannot be written by anyone. A read-only folder stops only a user
/// that permissions bind (not root), and a full disk needs a small tmpfs mounted for the test
/// (only root may): each of those two is skipped, saying why, where it cannot be checked.
@Suite(.serialized) struct OutputFailureTests {
    @Test(arguments: ["run", "sweep"]) func outputUnderARegularFileIsAClearError(_ command: String) throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        try "not a folder".write(toFile: folder + "/file", atomically: true, encoding: .utf8)
        let result = SweepFixture.run([command, folder + "/tiny-sweep.json", "--out", folder + "/file/sub", "--quiet", "--replications", "1"])
        #expect(result.code == 1, "\(result.err)")
        #expect(result.err.contains("\(folder)/file/sub"), "the message names the folder: \(result.err)")
        #expect(result.err.contains("cannot"), "\(result.err)")
        #expect(!result.err.contains("Fatal") && !result.err.contains("Error Domain"), "\(result.err)")
        #expect(try String(contentsOfFile: folder + "/file", encoding: .utf8) == "not a folder")
    }

    @Test(.enabled(if: ScratchDisk.permissionsBind,
                   "permissions do not stop this user's writes (root): a read-only folder cannot be checked here"),
          arguments: ["run", "sweep"])
    func outputInAReadOnlyFolderIsAClearError(_ command: String) throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let locked = folder + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o555])
        let result = SweepFixture.run([command, folder + "/tiny-sweep.json", "--out", locked + "/out", "--quiet", "--replications", "1"])
        #expect(result.code == 1, "\(result.err)")
        #expect(result.err.contains("cannot create the folder \(locked)/out"), "the message names the folder: \(result.err)")
        #expect(result.err.contains("permission"), "the message says why: \(result.err)")
        #expect(!result.err.contains("Fatal") && !result.err.contains("Error Domain"), "\(result.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked).isEmpty)
    }

    @Test(.enabled(if: ScratchDisk.canMount, "cannot mount a tmpfs here (needs root, or CAP_SYS_ADMIN in a container), so no disk can be filled"),
          arguments: ["run", "sweep"])
    func fullDiskIsAClearErrorAndKeepsThePreviousOutput(_ command: String) throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let disk = try ScratchDisk(at: folder + "/disk", bytes: 2 << 20)
        defer { disk.unmount() }
        let arguments = [command, folder + "/tiny-sweep.json", "--out", disk.path + "/out", "--quiet", "--replications", "1"]
        let first = SweepFixture.run(arguments + ["--seed", "1"])
        try #require(first.code == 0, "\(first.err)")
        let previous = try SweepFixture.files(disk.path + "/out")
        try disk.fill(leaving: 8 << 10)
        let second = SweepFixture.run(arguments + ["--seed", "2"])
        #expect(second.code == 1, "exit status \(second.code): \(second.err)")
        #expect(second.err.contains("disk is full") || second.err.contains("No space left"), "\(second.err)")
        #expect(try SweepFixture.files(disk.path + "/out") == previous, "the previous output changed")
        let hidden = FolderContents.paths(in: disk.path + "/out").filter(FolderContents.isHidden)
        #expect(hidden.isEmpty, "temporary files left after the failure: \(hidden)")
        print("OutputFailureTests: govsim \(command) on a full disk: exit \(second.code): \(second.err.prefix(300))")
    }
}

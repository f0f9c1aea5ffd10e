import Foundation
import GovSimTestSupport
import Testing

/// An output folder that cannot be written, or a disk that fills up, gives a clear message and
/// exit status 1, never a crash, and leaves the previous complete output as it was.
///
/// Tests run as root here, where permissions do not stop a write: an unwritable folder is a path
/// under a regular file, and a full disk is a small tmpfs mounted for the test (skipped, saying
/// so, where mounting is not allowed).
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

    @Test(arguments: ["run", "sweep"]) func fullDiskIsAClearErrorAndKeepsThePreviousOutput(_ command: String) throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let disk = folder + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard Self.mount(disk, bytes: 2 << 20) else {
            print("OutputFailureTests: skipped the full-disk test: cannot mount a tmpfs here (needs root)")
            return
        }
        defer { Self.unmount(disk) }
        let arguments = [command, folder + "/tiny-sweep.json", "--out", disk + "/out", "--quiet", "--replications", "1"]
        let first = SweepFixture.run(arguments + ["--seed", "1"])
        try #require(first.code == 0, "\(first.err)")
        let previous = try SweepFixture.files(disk + "/out")
        // Fill the disk but for a few kilobytes, then write again.
        Self.fill(disk + "/filler", leaving: 8 << 10)
        let second = SweepFixture.run(arguments + ["--seed", "2"])
        #expect(second.code == 1, "exit status \(second.code): \(second.err)")
        #expect(second.err.contains("disk is full") || second.err.contains("No space left"), "\(second.err)")
        #expect(try SweepFixture.files(disk + "/out") == previous, "the previous output changed")
        let hidden = (FileManager.default.enumerator(atPath: disk + "/out")?.allObjects as? [String] ?? [])
            .filter { $0.split(separator: "/").last?.hasPrefix(".") == true }
        #expect(hidden.isEmpty, "temporary files left after the failure: \(hidden)")
        print("OutputFailureTests: govsim \(command) on a full disk: exit \(second.code): \(second.err.prefix(300))")
    }

    static func mount(_ path: String, bytes: Int) -> Bool {
        guard geteuid() == 0 else { return false }
        return shell(["mount", "-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", path]) == 0
    }

    static func unmount(_ path: String) { _ = shell(["umount", path]) }

    /// Writes zeros to `path` until the file system has about `leaving` bytes free.
    static func fill(_ path: String, leaving: Int) {
        var stats = statvfs()
        guard statvfs(path.components(separatedBy: "/").dropLast().joined(separator: "/"), &stats) == 0 else { return }
        let free = Int(stats.f_bavail) * Int(stats.f_frsize)
        _ = FileManager.default.createFile(atPath: path, contents: Data(count: max(0, free - leaving)))
    }

    static func shell(_ arguments: [String]) -> Int32 {
        (try? ChildProcess.run(arguments))?.status ?? -1
    }
}

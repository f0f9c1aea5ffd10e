import Foundation
import GovSimTestSupport

/// A small tmpfs mounted on a folder, to fill up: how a test sees what a full disk does to the
/// tool without filling the machine's.
struct ScratchDisk {
    struct Failure: Error, CustomStringConvertible { let description: String }

    let path: String

    /// Whether a tmpfs can be mounted here: tried once on a scratch folder, since being root is
    /// not enough in a container without CAP_SYS_ADMIN.
    static let canMount: Bool = {
        guard geteuid() == 0, let folder = try? ScratchFolder.make("mount-probe") else { return false }
        defer { ScratchFolder.remove(folder) }
        guard let disk = try? ScratchDisk(at: folder, bytes: 1 << 20) else { return false }
        disk.unmount()
        return true
    }()

    /// Whether a folder's permissions stop this process's writes: not for root, which a
    /// read-only folder does not stop.
    static let permissionsBind: Bool = {
        guard let folder = try? ScratchFolder.make("permission-probe") else { return false }
        defer { ScratchFolder.remove(folder) }
        let locked = folder + "/locked"
        guard (try? FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false,
                                                       attributes: [.posixPermissions: 0o555])) != nil else { return false }
        return !FileManager.default.createFile(atPath: locked + "/probe", contents: Data())
    }()

    /// Mounts a tmpfs of `bytes` on `path`, creating the folder.
    init(at path: String, bytes: Int) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let result = try ChildProcess.run(["mount", "-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", path])
        guard result.status == 0, !result.killedBySignal else {
            throw Failure(description: "cannot mount a tmpfs on \(path): \(result.err)")
        }
        self.path = path
    }

    func unmount() { _ = try? ChildProcess.run(["umount", path]) }

    /// Writes zeros to a file on the disk until about `leaving` bytes are free.
    func fill(leaving: Int) throws {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { throw Failure(description: "cannot measure the free space of \(path)") }
        let free = Int(stats.f_bavail) * Int(stats.f_frsize)
        _ = FileManager.default.createFile(atPath: path + "/filler", contents: Data(count: max(0, free - leaving)))
    }
}

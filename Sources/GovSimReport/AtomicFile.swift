import Foundation

/// Writes files so a reader never sees half of one: write to a temporary name beside the target,
/// then rename over it (rename within a folder is atomic on POSIX file systems).
///
/// The package's one implementation of that: every file the tool writes goes through it, a
/// report's files through its two halves (``StagedFiles``).
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws(WriteError) {
        try moveIntoPlace(try writeTemporary(data, for: path), to: path)
    }

    /// The first half of a write: creates `path`'s folder and writes `data` to a temporary file
    /// beside `path`; returns the temporary's path. ``StagedFiles`` stages a whole report this
    /// way before it renames anything.
    static func writeTemporary(_ data: Data, for path: String) throws(WriteError) -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "cannot create the folder \(folder) (\(reason(error)))")
        }
        removeStaleTemporaries(for: path)
        let temporary = temporaryPath(for: path)
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw WriteError(path: path, reason: "the folder is not writable or the disk is full")
        }
        return temporary
    }

    /// The second half: renames `temporary` over `path`; on a failure removes the temporary.
    static func moveIntoPlace(_ temporary: String, to path: String) throws(WriteError) {
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw WriteError(path: path, reason: String(cString: strerror(code)))
        }
    }

    /// `.NAME.tmp-PID` beside `path`: hidden, and tied to this process so that
    /// ``removeStaleTemporaries(for:)`` can tell a dead process's leftovers from a live one's.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/" + temporaryPrefix(url) + "\(ProcessInfo.processInfo.processIdentifier)"
    }

    private static func temporaryPrefix(_ url: URL) -> String { "." + url.lastPathComponent + ".tmp-" }

    /// Removes the temporary files a killed process left for `path` (`.NAME.tmp-PID` whose
    /// process no longer exists), so repeated interrupted runs do not pile them up.
    public static func removeStaleTemporaries(for path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = temporaryPrefix(url)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + name)
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

import Foundation

/// A folder of its own for each test under the system's temporary folder, so tests running in
/// parallel never see each other's files.
package enum ScratchFolder {
    /// A path `govsim-LABEL-<UUID>` that does not exist yet (for tests of what creates it).
    package static func path(_ label: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("govsim-\(label)-\(UUID().uuidString)").path
    }

    /// A new, empty folder; the caller removes it with ``remove(_:)``.
    package static func make(_ label: String) throws -> String {
        let folder = path(label)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Removes `path` and everything in it; a test's clean-up, so failures to remove are ignored.
    package static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

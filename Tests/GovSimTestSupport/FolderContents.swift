import Foundation

/// The files a command wrote, for comparing two outputs or checking what is in one.
package enum FolderContents {
    /// Every regular file under `folder`, as paths relative to it, sorted.
    package static func paths(in folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    /// Every regular file under `folder` but those under the subfolders `excluding`, by relative
    /// path, with its bytes.
    package static func data(in folder: String, excluding: Set<String> = []) throws -> [String: Data] {
        var found: [String: Data] = [:]
        for path in paths(in: folder) where !excluding.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) {
            found[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
        }
        return found
    }

    /// Whether the last component of `path` is hidden: a staged file not yet renamed into place.
    package static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").last?.hasPrefix(".") == true
    }
}

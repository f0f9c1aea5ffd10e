import Foundation

/// Finds scenarios: a path to a file, or the name of a bundled scenario looked up in the
/// `scenarios/` folder, from any working directory.
public struct ScenarioLibrary: Sendable {
    /// Folders searched for bundled scenarios, in order.
    public let folders: [String]

    public init(folders: [String]) { self.folders = folders }

    /// `$GOVSIM_SCENARIOS`, `./scenarios`, and the `scenarios` folder of the checkout the running
    /// binary was built in (it lives in `<checkout>/.build/...`).
    public static func standard() -> ScenarioLibrary {
        var folders: [String] = []
        if let custom = ProcessInfo.processInfo.environment["GOVSIM_SCENARIOS"], !custom.isEmpty { folders.append(custom) }
        folders.append(FileManager.default.currentDirectoryPath + "/scenarios")
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("scenarios").path
            if FileManager.default.fileExists(atPath: candidate + "/pyramid-vs-flat.json") { folders.append(candidate); break }
            directory.deleteLastPathComponent()
        }
        var seen = Set<String>()
        return ScenarioLibrary(folders: folders.filter { seen.insert(URL(fileURLWithPath: $0).standardized.path).inserted })
    }

    /// The file for `reference`: itself when it names a file, else the bundled scenario of that name.
    public func locate(_ reference: String) -> String? {
        if reference.hasSuffix(".json") || reference.contains("/") && FileManager.default.fileExists(atPath: reference) {
            return FileManager.default.fileExists(atPath: reference) ? reference : nil
        }
        guard Self.isSafeName(reference) else { return nil }
        for folder in folders {
            let path = "\(folder)/\(reference).json"
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// Names of the bundled scenarios (the first folder that has any), sorted.
    public func names() -> [String] {
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            let names = files.filter { $0.hasSuffix(".json") && $0 != "schema.json" }.map { String($0.dropLast(5)) }
            if !names.isEmpty { return names.sorted() }
        }
        return []
    }

    /// A bundled name: no `..`, no absolute path; a sub-folder (`bench/small`) is allowed.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("/") && !name.split(separator: "/").contains("..")
    }
}

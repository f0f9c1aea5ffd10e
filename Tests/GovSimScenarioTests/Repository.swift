import Foundation

/// Paths in the checkout the tests run from.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let scenarios = root + "/scenarios"
    static let schema = scenarios + "/schema.json"
    /// The README's scenario section documents every key of the format.
    static let formatDocument = root + "/README.md"

    /// The bundled scenarios (`scenarios/*.json` but the schema), sorted.
    static var bundledScenarios: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: scenarios)) ?? []
        return files.filter { $0.hasSuffix(".json") && $0 != "schema.json" }.map { String($0.dropLast(5)) }.sorted()
    }

    static func text(_ path: String) -> String {
        (FileManager.default.contents(atPath: path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

import Foundation

/// Paths in the checkout the tests run from, found from this file's own place in it.
package enum Repository {
    /// The checkout: this file is `Tests/GovSimTestSupport/Repository.swift` in it.
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    package static let scenarios = root + "/scenarios"
    package static let schema = scenarios + "/schema.json"
    /// The outlines `govsim chart` draws in the README.
    package static let examples = scenarios + "/examples"
    /// The README's scenario section documents every key of the format.
    package static let formatDocument = root + "/README.md"

    /// Something the checkout should hold and does not.
    package struct MissingFiles: Error, CustomStringConvertible {
        package let description: String
    }

    /// The bundled scenarios (`scenarios/*.json` but the schema), sorted. Throws when there are
    /// none: they are part of the checkout, so none found means a broken checkout, and a test
    /// over an empty list would pass without checking anything.
    package static func bundledScenarios() throws -> [String] {
        let names = try fileNames(in: scenarios).filter { $0.hasSuffix(".json") && $0 != "schema.json" }.map { String($0.dropLast(5)) }
        guard !names.isEmpty else { throw MissingFiles(description: "no bundled scenario (*.json but schema.json) in \(scenarios)") }
        return names
    }

    /// The paths of the example outlines (`scenarios/examples/*.outline`), sorted; throws when
    /// there are none, as ``bundledScenarios()`` does.
    package static func exampleOutlines() throws -> [String] {
        let names = try fileNames(in: examples).filter { $0.hasSuffix(".outline") }
        guard !names.isEmpty else { throw MissingFiles(description: "no example outline (*.outline) in \(examples)") }
        return names.map { examples + "/" + $0 }
    }

    /// The names of the entries of `folder`, sorted.
    static func fileNames(in folder: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw MissingFiles(description: "cannot list \(folder), which the checkout holds: \(error.localizedDescription)")
        }
    }

    /// The text of a file; empty when it cannot be read (what the caller parses then fails).
    package static func text(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

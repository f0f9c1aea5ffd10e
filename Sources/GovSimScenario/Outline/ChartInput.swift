import Foundation
import GovSimModel

/// What `govsim chart` can draw, read from a file: an outline, a structure in JSON (the object a
/// scenario's variant has under "structure"), or a whole scenario (each of its variants).
public struct ChartInput: Sendable {
    public var title: String?
    /// One structure, or one per variant of a scenario, in file order.
    public var structures: [(name: String, structure: Structure)]

    /// A file that could not be read as any of these.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Reads `path`: JSON when it starts with `{`, an outline otherwise. `displayName` is how
    /// messages name the file.
    public static func load(path: String, displayName: String? = nil,
                            limits: ScenarioLoader.Limits = .standard) throws(LoadError) -> ChartInput {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw LoadError(description: "\(name): " + (!exists ? "no such file" : isDirectory.boolValue
                ? "is a folder, not a file" : "cannot be read (check its permissions)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(description: "\(name): is not UTF-8 text; save it as UTF-8")
        }
        if text.drop(while: \.isWhitespace).first == "{" {
            return try json(Array(data), file: name, limits: limits)
        }
        do {
            let outline = try Outline.parse(text, file: name)
            return ChartInput(title: outline.title, structures: [(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, outline.structure)])
        } catch {
            throw LoadError(description: error.description)
        }
    }

    /// A scenario (it has "variants"), `{"structure": {...}}`, or a bare structure object.
    static func json(_ bytes: [UInt8], file: String, limits: ScenarioLoader.Limits) throws(LoadError) -> ChartInput {
        var parser = JSONParser(bytes)
        let root: JSONValue
        do { root = try parser.parse() } catch {
            throw LoadError(description: "\(file): line \(error.line), column \(error.column): \(error.message)")
        }
        guard case .object(let members) = root else { throw LoadError(description: "\(file): expected a JSON object") }
        if members.contains(where: { $0.0 == "variants" }) {
            do {
                let loaded = try ScenarioLoader.decode(bytes, file: file, limits: limits)
                return ChartInput(title: loaded.scenario.title,
                                  structures: loaded.scenario.variants.map { ($0.name, $0.structure) })
            } catch {
                throw LoadError(description: error.description)
            }
        }
        let wrapped = members.first { $0.0 == "structure" }?.1
        let log = ProblemLog(file: file)
        let decoder = ScenarioDecoder(log: log, limits: limits)
        let path = wrapped == nil ? "" : "structure"
        let spec = decoder.decodeStructureSpec(wrapped ?? root, path: path)
        let structure = spec.flatMap { decoder.build($0, path: path, siblings: []) }
        guard let structure, !log.hasErrors else {
            let problems = log.problems.filter { $0.severity == .error }
            let text = problems.isEmpty ? "\(file): not a structure (expected \"units\" or \"generator\")" : problems.map(\.description).joined(separator: "\n")
            throw LoadError(description: text)
        }
        let title = members.first { $0.0 == "title" }.flatMap { member -> String? in
            if case .string(let text) = member.1 { return text } else { return nil }
        }
        return ChartInput(title: title, structures: [(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent, structure)])
    }
}

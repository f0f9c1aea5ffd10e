import Foundation
import GovSimModel

/// Reads scenario files: syntax, then every field, then the references between fields.
public enum ScenarioLoader {
    /// Bounds on what a scenario may ask for, checked before anything is built.
    public struct Limits: Sendable {
        /// Units in one structure (a run needs about 300 bytes a unit; 12 million is about 3.4 GiB).
        public var maxUnits: Int
        /// Peer links in one structure (each costs about 100 bytes): twice the units by default.
        public var maxLinks: Int
        /// Bytes of one scenario file.
        public var maxFileBytes: Int
        /// Cases simulated in all (arrival rate x horizon x replications, over the variants): ten
        /// billion is several hours at the engine's few million cases a second.
        public var maxCases: Double
        public static let standard = Limits(maxUnits: 12_000_000)
        public static let standardMaxCases = 1e10
        public init(maxUnits: Int, maxLinks: Int? = nil, maxFileBytes: Int = 256 << 20, maxCases: Double = standardMaxCases) {
            self.maxUnits = maxUnits
            self.maxLinks = maxLinks ?? maxUnits.multipliedReportingOverflow(by: 2).partialValue
            self.maxFileBytes = maxFileBytes
            self.maxCases = maxCases
        }
    }

    /// A scenario that loaded, with the warnings found on the way (unknown keys and the like).
    public struct Loaded: Sendable {
        public let scenario: Scenario
        public let warnings: [ScenarioProblem]
    }

    /// Loads a file. `displayName` is how messages name it (defaults to the path).
    public static func load(path: String, displayName: String? = nil,
                            limits: Limits = .standard) throws(ScenarioLoadError) -> Loaded {
        let name = displayName ?? path
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxFileBytes {
            throw ScenarioLoadError(problems: [.init(.error, file: name, path: "", message:
                "is \(size >> 20) MiB; scenario files of more than \(limits.maxFileBytes >> 20) MiB are refused "
                + "(list large organisations with a generator instead of unit by unit)")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let why = !exists ? "no such file" : isDirectory.boolValue ? "is a folder, not a file" : "cannot be read (check its permissions)"
            throw ScenarioLoadError(problems: [.init(.error, file: name, path: "", message: why)])
        }
        return try decode(Array(data), file: name, limits: limits)
    }

    /// Decodes scenario JSON held in memory.
    public static func decode(_ bytes: [UInt8], file: String, limits: Limits = .standard) throws(ScenarioLoadError) -> Loaded {
        let log = ProblemLog(file: file)
        var parser = JSONParser(bytes)
        let root: JSONValue
        do {
            root = try parser.parse()
        } catch {
            throw ScenarioLoadError(problems: [.init(.error, file: file, path: "",
                message: "line \(error.line), column \(error.column): \(error.message)")])
        }
        for duplicate in parser.duplicateKeys {
            log.error("", "line \(duplicate.line): the key \"\(duplicate.key)\" appears twice in one object; keep one")
        }
        let decoder = ScenarioDecoder(log: log, limits: limits)
        let decoded = decoder.decodeScenario(root, file: file)
        guard var scenario = decoded, !log.hasErrors else { throw ScenarioLoadError(problems: log.problems) }
        scenario.sourceSHA256 = SHA256.hex(bytes)
        scenario.document = root
        return Loaded(scenario: scenario, warnings: log.problems)
    }
}

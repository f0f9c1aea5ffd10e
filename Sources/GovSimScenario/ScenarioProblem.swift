/// One thing wrong (or doubtful) in a scenario file, located by its JSON path.
public struct ScenarioProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public let severity: Severity
    public let file: String
    /// Where in the document: `variants[1].policy.delegation`; empty for the whole file.
    public let path: String
    public let message: String

    public init(_ severity: Severity, file: String, path: String, message: String) {
        self.severity = severity
        self.file = file
        self.path = path
        self.message = message
    }

    /// `scenarios/x.json: variants[1].policy.delegation: expected an integer from 0 to 3, got 7`
    public var description: String {
        let location = path.isEmpty ? file : "\(file): \(path)"
        return severity == .warning ? "\(location): warning: \(message)" : "\(location): \(message)"
    }
}

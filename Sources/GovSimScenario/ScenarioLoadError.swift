/// A scenario that could not be loaded: every error found, and the warnings beside them.
public struct ScenarioLoadError: Error, Sendable, CustomStringConvertible {
    public let problems: [ScenarioProblem]

    public var errors: [ScenarioProblem] { problems.filter { $0.severity == .error } }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

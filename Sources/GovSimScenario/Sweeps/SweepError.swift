/// A sweep that cannot run as asked: a parameter that names nothing, a value the scenario
/// rejects, conflicting options. The message is complete (`sweep: ...`).
public struct SweepError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the mistake is: in what was typed (a usage error, exit 64) or in the scenario's
    /// file (a data error, exit 65).
    public enum Origin: Sendable, Equatable {
        case commandLine, scenario
    }

    public let message: String
    public let origin: Origin
    public init(_ message: String, origin: Origin = .scenario) {
        self.message = message
        self.origin = origin
    }
    public var description: String { "sweep: \(message)" }
}

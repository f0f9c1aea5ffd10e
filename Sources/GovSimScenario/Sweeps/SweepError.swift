/// A sweep that cannot run as asked: a parameter that names nothing, a value the scenario
/// rejects, conflicting options. The message is complete (`sweep: ...`).
public struct SweepError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "sweep: \(message)" }
}

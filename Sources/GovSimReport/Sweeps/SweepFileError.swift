/// A sweep file that cannot be used: not this sweep's, or damaged.
public struct SweepFileError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String
    /// Line 0: the file as a whole.
    public var description: String { line > 0 ? "\(file): line \(line): \(message)" : "\(file): \(message)" }
}

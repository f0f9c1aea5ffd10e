import Foundation

/// Where a command writes: the real terminal, or strings a test reads back.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let writeOut: @Sendable (String) -> Void
    private let writeErr: @Sendable (String) -> Void
    /// True when stderr is a terminal: progress bars are drawn only then.
    public let errorIsTerminal: Bool

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, errorIsTerminal: Bool = false) {
        writeOut = out
        writeErr = err
        self.errorIsTerminal = errorIsTerminal
    }

    /// The process's standard output and error.
    public static func standard() -> Console {
        Console(out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                err: { FileHandle.standardError.write(Data($0.utf8)) },
                errorIsTerminal: isatty(2) == 1)
    }

    public func print(_ text: String) { lock.withLock { writeOut(text + "\n") } }
    public func error(_ text: String) { lock.withLock { writeErr(text + "\n") } }
    /// Text on stderr without a newline (progress lines redraw themselves with \r).
    public func status(_ text: String) { lock.withLock { writeErr(text) } }
}

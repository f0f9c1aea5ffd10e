import GovSimScenario

/// A failure the command line reports on stderr, with the exit code its kind calls for.
public enum CLIError: Error, Equatable, CustomStringConvertible {
    /// The command was called wrongly (exit 64, EX_USAGE).
    case usage(String)
    /// An input file is wrong (exit 65, EX_DATAERR).
    case data(String)
    /// Something failed while working (exit 1).
    case runtime(String)

    public var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .data: 65
        case .runtime: 1
        }
    }

    public var description: String {
        switch self {
        case .usage(let text), .data(let text), .runtime(let text): text
        }
    }
}

extension CLIError {
    /// A sweep that cannot run: a usage error when the mistake is in what was typed, a data error
    /// when it is in the scenario's file. `text` is the whole message.
    init(_ error: SweepError, _ text: String) {
        self = error.origin == .commandLine ? .usage(text) : .data(text)
    }
}

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

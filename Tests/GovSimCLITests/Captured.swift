import GovSimCLI
import GovSimTestSupport

/// Runs the tool in process and captures what it prints.
enum Captured {
    static func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        CapturedOutput.run { GovSimCommandLine.main(arguments, console: Console(out: $0, err: $1)) }
    }
}

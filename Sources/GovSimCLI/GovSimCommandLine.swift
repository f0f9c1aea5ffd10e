import GovSimModel

/// The `govsim` tool: dispatches to a command and turns its errors into exit codes.
public enum GovSimCommandLine {
    struct Command: Sendable {
        let name: String
        let summary: String
        let help: String
        let run: @Sendable ([String], Console) throws(CLIError) -> Void
    }

    static let commands: [Command] = [
        Command(name: "list", summary: "list the bundled scenarios", help: ListCommand.help, run: ListCommand.run),
        Command(name: "explain", summary: "describe a scenario for the instructor: story, sources, claims, questions",
                help: ExplainCommand.help, run: ExplainCommand.run),
        Command(name: "validate", summary: "check scenario files and report every problem", help: ValidateCommand.help, run: ValidateCommand.run),
        Command(name: "new", summary: "write a commented starter scenario", help: NewCommand.help, run: NewCommand.run),
        Command(name: "run", summary: "run a scenario's variants and write metrics", help: RunCommand.help, run: RunCommand.run),
        Command(name: "chart", summary: "draw an organisation chart from an outline, structure or scenario",
                help: ChartCommand.help, run: ChartCommand.run),
        Command(name: "sweep", summary: "run a scenario over a grid of parameter values, with shards and resume",
                help: SweepCommand.help, run: SweepCommand.run),
        Command(name: "merge", summary: "combine the shards of a sweep", help: MergeCommand.help, run: MergeCommand.run),
    ]

    static var help: String {
        let width = commands.map(\.name.count).max() ?? 0
        let lines = commands.map { "  \($0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\($0.summary)" }
        return """
            govsim: simulate and compare how government structures pass information and decisions.

            USAGE: govsim COMMAND [arguments]

            COMMANDS:
            \(lines.joined(separator: "\n"))

            Run 'govsim COMMAND --help' for a command's options, 'govsim --version' for the version
            and the commit it was built from.
            """
    }

    /// Runs the tool with `arguments` (without the program name); returns the exit code.
    public static func main(_ arguments: [String], console: Console = .standard()) -> Int32 {
        if arguments.first == "--version" {
            guard arguments.count == 1 else { console.error("govsim: --version takes no arguments"); return 64 }
            console.print(VersionText.current)
            return 0
        }
        guard let name = arguments.first, !["--help", "-h", "help"].contains(name) else {
            if arguments.isEmpty { console.error(help); return 64 }
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                console.print(command.help)
            } else {
                console.print(help)
            }
            return 0
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            let guess = commands.map(\.name).min { editDistance($0, name) < editDistance($1, name) }
            let hint = guess.map { editDistance($0, name) <= 2 ? " Did you mean \($0)?" : "" } ?? ""
            console.error("govsim: unknown command \"\(name)\".\(hint) Run 'govsim --help' for the list.")
            return 64
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.print(command.help)
            return 0
        }
        do {
            try command.run(rest, console)
            return 0
        } catch {
            console.error(error.description)
            return error.exitCode
        }
    }
}

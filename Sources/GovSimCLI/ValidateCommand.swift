import Foundation
import GovSimModel
import GovSimScenario

/// `govsim validate FILE...`: every problem of every file, one line each, without running anything.
enum ValidateCommand {
    static let help = """
        USAGE: govsim validate FILE... [--all] [--strict]

        Reads scenario files (or bundled scenarios by name) and reports every problem, one line
        each, naming the file, the place in it and the fix:
          scenarios/x.json: variants[1].policy.delegation: expected an integer from 0 to 3, got 7
        Unknown keys are warnings (with a guess when one is close); keys that start with "_" are
        comments and never warned about. Nothing is run. Problems go to stderr, one summary line
        per file to stdout.

        Exit status: 0 when no file has errors, 65 when one has.

        OPTIONS:
          --all        validate every bundled scenario (those govsim list shows)
          --strict     count warnings as errors
        """

    static func run(_ tokens: [String], console: Console) throws(CLIError) {
        let arguments = try Arguments(tokens, valued: [], switches: ["--all", "--strict"], command: "validate")
        let library = ScenarioLibrary.standard()
        var references = arguments.positional
        if arguments.has("--all") { references += library.names() }
        guard !references.isEmpty else {
            throw .usage("govsim validate: expected one or more scenario files or names, or --all (see govsim validate --help)")
        }
        var paths: [String] = []
        for reference in references {
            guard let path = library.locate(reference) else {
                let guess = library.names().min { editDistance($0, reference) < editDistance($1, reference) }
                let hint = guess.map { editDistance($0, reference) <= 4 ? " Did you mean \($0)?" : "" } ?? ""
                throw .usage("govsim validate: no scenario file or bundled scenario named \"\(reference)\".\(hint)")
            }
            paths.append(path)
        }
        var failed = 0
        for path in paths {
            let display = displayName(path)
            let problems: [ScenarioProblem]
            do {
                problems = try ScenarioLoader.load(path: path, displayName: display).warnings
            } catch {
                problems = error.problems
            }
            for problem in problems { console.error(problem.description) }
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            if errors > 0 || arguments.has("--strict") && warnings > 0 { failed += 1 }
            console.print("\(display): \(summary(errors: errors, warnings: warnings))")
        }
        if failed > 0 {
            throw .data("govsim validate: \(failed) of \(paths.count) file\(paths.count == 1 ? "" : "s") failed")
        }
    }

    static func summary(errors: Int, warnings: Int) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        switch (errors, warnings) {
        case (0, 0): return "ok"
        case (0, _): return "ok, \(count(warnings, "warning"))"
        case (_, 0): return count(errors, "error")
        default: return "\(count(errors, "error")), \(count(warnings, "warning"))"
        }
    }

    /// A path as the user would type it: relative to the working folder when inside it.
    static func displayName(_ path: String) -> String {
        let folder = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }
}

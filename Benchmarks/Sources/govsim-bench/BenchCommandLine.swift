import Foundation

/// The commands of `govsim-bench`; each prints one `RESULT {json}` line on stdout (like the C
/// reference) and a readable summary on stderr.
enum BenchCommandLine {
    static let usage = """
        USAGE:
          govsim-bench loop FILE [--seed N] [--horizon T]
              Loads a reference-pyramid scenario, builds the model, and times only the event loop
              (Simulation.run()) of replication 0. --horizon shortens the run (warm-up and
              cool-down scale with it), for profiling.
          govsim-bench scaling FILE [--replications R] [--threads N] [--horizon T] [--repeats P]
              Runs R replications (default 8) through Experiment.run on 1 thread, then on N
              threads (default: all cores), P times in turn (default 5), and reports the
              speed-up of the median times.
          govsim-bench load FILE
              Loads the scenario and builds each variant's hierarchy; times both and reports the
              resident memory after each (what holding the structures costs).
          govsim-bench render FILE
              Builds the collapsed org chart of the first variant (as govsim chart draws it) and
              renders it to SVG with Graphviz; times the two apart.
        Exit codes: 0 ok, 1 runtime failure, 64 bad usage, 65 bad scenario.
        """

    static func main(_ arguments: [String]) -> Int32 {
        do throws(BenchError) {
            guard let command = arguments.first else { throw BenchError.usage("expected a command") }
            let options = try Options(Array(arguments.dropFirst()))
            switch command {
            case "loop": print(try EventLoopBenchmark(options).run().line)
            case "scaling": print(try ScalingBenchmark(options).run().line)
            case "render": print(try RenderBenchmark(options).run().line)
            case "load": print(try LoadBenchmark(options).run().line)
            case "--help", "-h", "help": print(usage)
            default: throw BenchError.usage("unknown command \"\(command)\"")
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("govsim-bench: \(error.description)\n".utf8))
            if case .usage = error { FileHandle.standardError.write(Data((usage + "\n").utf8)) }
            return error.exitCode
        }
    }
}

/// What went wrong, with the exit code the project's tools use for it.
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case data(String)
    case runtime(String)

    var description: String {
        switch self {
        case .usage(let text), .data(let text), .runtime(let text): text
        }
    }

    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .data: 65
        case .runtime: 1
        }
    }
}

/// `FILE` and `--name value` pairs.
struct Options {
    let file: String
    private let values: [String: String]

    init(_ tokens: [String]) throws(BenchError) {
        var file: String?, values: [String: String] = [:]
        var rest = tokens[...]
        while let token = rest.popFirst() {
            if token.hasPrefix("--") {
                guard ["--seed", "--horizon", "--replications", "--threads"].contains(token) else {
                    throw .usage("unknown option \(token)")
                }
                guard let value = rest.popFirst() else { throw .usage("\(token) needs a value") }
                values[token] = value
            } else if file == nil {
                file = token
            } else {
                throw .usage("expected one scenario file, got another: \(token)")
            }
        }
        guard let file else { throw .usage("expected a scenario file") }
        self.file = file
        self.values = values
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws(BenchError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .usage("\(name): expected an integer from \(range.lowerBound) to \(range.upperBound), got \(text)")
        }
        return value
    }

    func number(_ name: String) throws(BenchError) -> Double? {
        guard let text = values[name] else { return nil }
        guard let value = Double(text), value.isFinite, value > 0 else {
            throw .usage("\(name): expected a positive number, got \(text)")
        }
        return value
    }
}

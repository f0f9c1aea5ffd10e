import GovSimScenario

/// `govsim sweep`'s options, read and checked before any work starts.
struct SweepOptions {
    var parameters: [(ParameterPath, [Double])] = []
    var metrics: [String]?
    var folder: String?
    var overrides = RunOverrides()
    var precision: SweepPrecision?
    var threads: Int?
    var shard: SweepRunner.Shard?
    var resume: Bool
    var quiet: Bool
    var maxUnits: Int
    var maxCases: Double

    static let defaultMaxReplications = 200

    init(_ arguments: Arguments) throws(CLIError) {
        for setting in arguments.all("--param") { parameters.append(try Self.parameter(setting)) }
        let metricLists = arguments.all("--metric")
        if !metricLists.isEmpty {
            metrics = metricLists.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
        }
        folder = arguments.value("--out")
        overrides = try RunOverrides(arguments, command: "sweep")
        threads = try arguments.integer("--threads", in: 1...1024, command: "sweep")
        maxUnits = try arguments.integer("--max-units", in: 1...Int(Int32.max), command: "sweep") ?? ScenarioLoader.Limits.standard.maxUnits
        maxCases = try arguments.number("--max-cases", command: "sweep") ?? ScenarioLoader.Limits.standardMaxCases
        resume = arguments.has("--resume")
        quiet = arguments.has("--quiet")
        let cap = try arguments.integer("--max-replications", in: SweepPrecision.minimumReplications...100_000, command: "sweep")
        if let text = arguments.value("--until-ci") {
            guard let relative = Double(text), relative > 0, relative < 1 else {
                throw .usage("govsim sweep: --until-ci expects a fraction of the mean above 0 and below 1 (0.02 for 2%), got \"\(text)\"")
            }
            precision = SweepPrecision(relative: relative, maxReplications: cap ?? Self.defaultMaxReplications)
        } else if cap != nil {
            throw .usage("govsim sweep: --max-replications caps --until-ci; add --until-ci REL, or use --replications for a fixed number")
        }
        if let text = arguments.value("--shard") {
            shard = try Self.shard(text)
            if precision != nil {
                throw .usage("govsim sweep: --until-ci cannot be combined with --shard: replicating to a precision needs every replication of a point in one place; give shards a fixed --replications")
            }
        }
        if let precision, let replications = overrides.replications, replications > precision.maxReplications {
            throw .usage("govsim sweep: --replications \(replications) exceeds --max-replications \(precision.maxReplications)")
        }
    }

    /// `PATH=VALUES`.
    static func parameter(_ text: String) throws(CLIError) -> (ParameterPath, [Double]) {
        guard let equals = text.firstIndex(of: "=") else {
            throw .usage("govsim sweep: --param expects PATH=VALUES (like workload.arrival_rate=0.5:2:0.25), got \"\(text)\"")
        }
        do {
            let path = try ParameterPath(String(text[..<equals]))
            return (path, try Sweep.values(String(text[text.index(after: equals)...])))
        } catch let error as ParameterPath.SyntaxError {
            throw .usage("govsim sweep: --param \(error.description)")
        } catch let error as SweepError {
            throw .usage("govsim sweep: --param \(text[..<equals]): \(error.message)")
        } catch {
            throw .usage("govsim sweep: --param \(text): \(error)")
        }
    }

    /// `K/N` with 1 <= K <= N.
    static func shard(_ text: String) throws(CLIError) -> SweepRunner.Shard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, count <= 100_000,
              (1...count).contains(index) else {
            throw .usage("govsim sweep: --shard expects K/N with 1 <= K <= N (shard 3 of 8 is 3/8), got \"\(text)\"")
        }
        return SweepRunner.Shard(index: index, count: count)
    }
}

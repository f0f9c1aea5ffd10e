import Foundation
import GovSimEngine
import GovSimReport
import GovSimScenario

/// `govsim sweep NAME|FILE`: runs a scenario over a grid of parameter values.
enum SweepCommand {
    static let help = """
        USAGE: govsim sweep NAME|FILE [options]

        Runs a scenario at every point of a grid of parameter values (the scenario's "sweep", and
        --param), every variant with the same replications, and writes to DIR: sweep.csv (one row
        per point, variant, replication and metric), sweep-summary.csv (mean and 95% CI per point,
        variant and metric), charts/sweep-<metric>.svg and sweep.json (what was run).

        OPTIONS:
          --param PATH=VALUES   sweep a parameter by its path in the scenario file; VALUES is
                                FROM:TO:STEP (both ends included) or a list 2,3,4. Adds to the
                                scenario's sweep or replaces the same parameter's values. Paths:
                                workload.arrival_rate, variants[1].policy.delegation,
                                variants[*].structure.levels ([*]: every variant). Repeatable.
          --metric LIST         metrics to chart and to hold to --until-ci, comma-separated
                                (default: the sweep's "metrics", else \(Sweep.defaultMetrics.joined(separator: ", ")))
          --out DIR             output folder (default: output/<scenario>-sweep)
          --replications R      replications per point (default: the scenario's)
          --until-ci REL        add replications to a point, in batches, until every charted
                                metric's 95% CI half-width is within REL of its mean (0.02: 2%)
          --max-replications N  cap for --until-ci (default 200); metrics that reach it are named
          --seed N              seed of the sweep (default: the scenario's); point p uses a seed
                                derived from it and p, shown in the seed column
          --horizon T           simulated time per replication; warm-up and cool-down scale with it
          --threads N           worker threads (default: all cores; results do not depend on it)
          --shard K/N           run only shard K of N of the (point, replication) pairs and write
                                DIR/shards/K-of-N.csv; 'govsim merge DIR' combines the shards
          --resume              keep the runs already in DIR (after Ctrl-C or a lost job) and run
                                only the rest; the files come out as an uninterrupted run's
          --max-units N         refuse structures larger than this (default 12000000)
          --max-cases N         refuse points that simulate more cases than this (arrival rate x
                                horizon x replications, over the variants; default 1e10)
          --quiet               print nothing but errors (no progress either)

        Ctrl-C stops after the runs under way and writes what completed; a second Ctrl-C quits
        at once. scripts/sweep-parallel.sh (GNU parallel) and scripts/sweep-slurm.sh run shards.
        """

    static let valued: Set<String> = ["--param", "--metric", "--out", "--replications", "--until-ci", "--max-replications",
                                      "--seed", "--horizon", "--threads", "--shard", "--max-units", "--max-cases"]

    static func run(_ tokens: [String], console: Console) throws(CLIError) {
        try run(tokens, console: console, interruption: Interruption(), installSignals: true)
    }

    /// - Parameter installSignals: false in tests, which call `interruption.request()` themselves.
    static func run(_ tokens: [String], console: Console, interruption: Interruption, installSignals: Bool) throws(CLIError) {
        let arguments = try Arguments(tokens, valued: valued, switches: ["--quiet", "--resume"], command: "sweep")
        guard arguments.positional.count == 1 else {
            throw .usage("govsim sweep: expected one scenario name or file, got \(arguments.positional.count) (see govsim sweep --help)")
        }
        let options = try SweepOptions(arguments)
        let limits = ScenarioLoader.Limits(maxUnits: options.maxUnits, maxCases: options.maxCases)
        let reference = arguments.positional[0]
        let base = try ScenarioInput.load(reference, command: "sweep", console: console, limits: limits)
        for warning in options.overrides.warnings(for: base) where !options.quiet { console.error("govsim sweep: warning: \(warning)") }
        let plan: SweepPlan
        do {
            plan = try SweepPlan(base: base, parameters: options.parameters, metrics: options.metrics,
                                 overrides: options.overrides, precision: options.precision, limits: limits)
        } catch {
            throw CLIError(error, "govsim \(error.description)")
        }
        let folder = options.folder ?? "output/\(base.name)-sweep"
        var results = try options.resume
            ? previous(plan.definition, folder: folder, shard: options.shard, console: options.quiet ? nil : console) : SweepResults()
        let runner: SweepRunner
        do { runner = try SweepRunner(plan: plan) } catch { throw .data("govsim \(error.description)") }

        let progress = ProgressBar(console: console, quiet: options.quiet)
        if installSignals {
            interruption.install {
                if !options.quiet { console.error("\ngovsim sweep: stopping after the runs under way (Ctrl-C again to quit at once)...") }
            }
        }
        defer { if installSignals { interruption.uninstall() } }
        let started = Date()
        let outcome = runner.run(&results, options: SweepRunner.Options(
            threads: options.threads, shard: options.shard, isCancelled: { interruption.isRequested },
            progress: { progress.update(done: $0, total: $1) }))
        progress.finish()
        let seconds = Date().timeIntervalSince(started)
        let complete = outcome == .complete
        let written: String
        do {
            if let shard = options.shard {
                written = try SweepOutput.writeShard(plan.definition, results, complete: complete, shard: shard, to: folder)
            } else {
                try SweepOutput.write(plan.definition, results, complete: complete, to: folder)
                written = "\(folder)/sweep.csv, sweep-summary.csv, sweep.json and charts/"
            }
        } catch {
            throw .runtime("govsim sweep: \(error.description)")
        }
        guard complete else {
            throw .runtime("govsim sweep: interrupted; the \(results.pairs.count) completed (point, replication) pairs are in \(written). Run the same command with --resume to finish.")
        }
        guard !options.quiet else { return }
        console.print(SweepReport.render(plan.definition, results, shard: options.shard, seconds: seconds))
        console.print("\nWrote \(written)")
    }

    /// The results already in `folder` for this sweep (or its shard), checked to be the same sweep.
    static func previous(_ definition: SweepDefinition, folder: String, shard: SweepRunner.Shard?,
                         console: Console?) throws(CLIError) -> SweepResults {
        let base = shard.map { SweepOutput.shardBase(folder, $0) }
        let manifest = base.map { $0 + ".json" } ?? SweepOutput.manifestPath(folder)
        let data = base.map { $0 + ".csv" } ?? SweepOutput.dataPath(folder)
        guard FileManager.default.fileExists(atPath: manifest) else {
            console?.error("govsim sweep: --resume: nothing to resume in \(folder) (no \(manifest)); starting from the beginning")
            return SweepResults()
        }
        let found: (SweepManifest.Contents, SweepResults)
        do { found = try SweepOutput.read(manifest: manifest, data: data) } catch { throw .data("govsim sweep: --resume: \(error.description)") }
        if let difference = definition.difference(from: found.0.definition) {
            throw .usage("govsim sweep: --resume: \(folder) holds a different sweep: \(difference). Use another --out, or drop --resume to start afresh.")
        }
        return found.1
    }
}

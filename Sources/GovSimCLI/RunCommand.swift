import Foundation
import GovSimEngine
import GovSimModel
import GovSimReport
import GovSimScenario

/// `govsim run NAME|FILE`: runs a scenario's variants and writes what they measured.
enum RunCommand {
    static let help = """
        USAGE: govsim run NAME|FILE [options]

        Runs every variant of a scenario on the same workload, writes a report to the output folder
        and prints a side-by-side table and the claims' verdicts. The folder gets index.html (the
        self-contained report), report.md, journey.html (one case step by step), metrics.json,
        metrics.csv, timeseries.csv, manifest.json and charts/.

        OPTIONS:
          --out DIR            output folder (default: output/<scenario name>)
          --seed N             seed of the random streams (default: the scenario's)
          --replications R     replications per variant (default: the scenario's)
          --horizon T          simulated time per replication; warm-up and cool-down scale with it
          --threads N          worker threads (default: all cores; results do not depend on it)
          --max-units N        refuse structures larger than this (default 12000000)
          --max-cases N        refuse runs that simulate more cases than this in all (arrival rate x
                               horizon x replications, over the variants; default 1e10)
          --format LIST        charts written to DIR/charts/: svg, png, pdf, dot, comma-separated
                               (default: svg)
          --robustness         also run the sweep the scenario declares over its key assumptions
                               and judge every claim at every point of it ("supported at 7 of
                               9 points"); the console, report and metrics.json say so
          --quiet              print nothing but errors
        """

    static func run(_ tokens: [String], console: Console) throws(CLIError) {
        let arguments = try Arguments(tokens, valued: ["--out", "--seed", "--replications", "--horizon", "--threads", "--max-units", "--max-cases", "--format"],
                                      switches: ["--quiet", "--robustness"], command: "run")
        guard arguments.positional.count == 1 else {
            throw .usage("govsim run: expected one scenario name or file, got \(arguments.positional.count) (see govsim run --help)")
        }
        let limits = ScenarioLoader.Limits(maxUnits: try arguments.integer("--max-units", in: 1...Int(Int32.max), command: "run")
                                           ?? ScenarioLoader.Limits.standard.maxUnits,
                                           maxCases: try arguments.number("--max-cases", command: "run") ?? ScenarioLoader.Limits.standardMaxCases)
        var scenario = try ScenarioInput.load(arguments.positional[0], command: "run", console: console, limits: limits)
        let overrides = try RunOverrides(arguments, command: "run")
        overrides.apply(to: &scenario)
        for warning in overrides.warnings(for: scenario) { console.error("govsim run: warning: \(warning)") }
        // --horizon and --replications change the work after the file's own check.
        if !(scenario.estimatedCases <= limits.maxCases) {
            throw .data("\(scenario.file): about \(String(format: "%.1e", scenario.estimatedCases)) cases to simulate (arrival rate x "
                + "horizon x replications, over the variants); the limit is \(String(format: "%.1e", limits.maxCases)): lower "
                + "--horizon or --replications, or raise the limit with --max-cases")
        }
        let threads = try arguments.integer("--threads", in: 1...1024, command: "run")
        let formats = try ChartCommand.formatList(arguments.value("--format"), command: "run")
        let folder = arguments.value("--out") ?? "output/\(scenario.name)"
        let options = ReportWriter.recorderOptions(for: scenario)
        let run: ScenarioRun
        do {
            run = try ScenarioRun(scenario, threads: threads, options: options) { variant, reason in
                console.error("govsim run: warning: \(variant) has no steady state: \(reason); its times will grow with the horizon")
            }
        } catch {
            throw .data("\(scenario.file): \(error.description)")
        }
        var robustness: Robustness?
        if arguments.has("--robustness") {
            guard scenario.sweep != nil else {
                throw .usage("govsim run: --robustness: \(scenario.file) declares no sweep; add a \"sweep\" over its key assumptions, or use govsim sweep --param")
            }
            let progress = ProgressBar(console: console, quiet: arguments.has("--quiet"))
            do {
                robustness = try Robustness.run(scenario, threads: threads) { progress.update(done: $0, total: $1) }
            } catch {
                throw CLIError(error, "govsim run: --robustness: \(error.description)")
            }
            progress.finish()
        }
        let summary = RunSummary(run, robustness: robustness)
        let report: ReportWriter.Outcome
        do {
            report = try ReportWriter.write(summary, to: folder, formats: formats, commandLine: ["govsim", "run"] + tokens, options: options)
        } catch {
            throw .runtime("govsim run: \(error.description)")
        }
        for warning in report.warnings { console.error("govsim run: warning: \(warning)") }
        guard !arguments.has("--quiet") else { return }
        console.print("\(scenario.title)\n")
        console.print(ComparisonTable.render(summary))
        let others = report.pages.filter { $0 != "index.html" }.joined(separator: ", ")
        console.print("\nWrote \(folder)/index.html (open it in a browser), \(others), and \(report.chartFiles) chart files in \(folder)/charts/")
    }
}

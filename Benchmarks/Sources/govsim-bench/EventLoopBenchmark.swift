import Foundation
import GovSimEngine
import GovSimModel
import GovSimScenario

/// `govsim-bench loop`: one replication of a reference-pyramid scenario, timing only the event loop.
///
/// Loading, building the model and constructing the ``Simulation`` are timed apart; `sim_s` (wall)
/// and `sim_cpu_s` (user + system CPU) cover `run()` alone, which includes the recorder's end-of-run
/// summary (percentiles and per-unit figures).
struct EventLoopBenchmark {
    let options: Options

    init(_ options: Options) { self.options = options }

    func run() throws(BenchError) -> ResultLine {
        var watch = Stopwatch()
        var scenario = try Self.load(options.file)
        let loadSeconds = watch.seconds
        let residentAfterLoad = ProcessStats.residentMiB()
        if let seed = try options.integer("--seed", in: 0...Int.max) { scenario.seed = UInt64(seed) }
        if let horizon = try options.number("--horizon") { scenario.length = Self.rescaled(scenario.length, to: horizon) }
        let variant = scenario.variants[0]

        watch = Stopwatch()
        let model: CompiledModel
        do { model = try CompiledModel(structure: variant.structure, policy: variant.policy) } catch {
            throw .data("\(scenario.file): \(error.description)")
        }
        let buildSeconds = watch.seconds
        let residentAfterBuild = ProcessStats.residentMiB()
        let reference = try ReferencePyramid(scenario, model: model)

        watch = Stopwatch()
        let simulation = Simulation(model: model, workload: scenario.workload, length: scenario.length,
                                    seed: scenario.seed, replication: 0)
        let initSeconds = watch.seconds
        let residentBeforeRun = ProcessStats.residentMiB()

        // CPU time beside wall time: on a shared machine the wall clock also counts waiting for a core.
        let cpuBefore = ProcessStats.cpuSeconds()
        watch = Stopwatch()
        let result = simulation.run()
        let simSeconds = watch.seconds
        let simCPUSeconds = ProcessStats.cpuSeconds() - cpuBefore
        let peak = ProcessStats.peakResidentMiB()

        let events = result.services
        let mean = result.metrics["turnaround.mean"] ?? .nan
        let analytic = reference.analyticMeanLatency
        var line = ResultLine()
        line["scenario"] = scenario.name
        line["depth"] = reference.depth
        line["span"] = reference.span
        line["units"] = reference.units
        line["leaves"] = reference.leaves
        line["lam"] = reference.lambda
        line["probs"] = reference.shares
        line["mu_h"] = reference.serviceRate
        line["rho_h"] = (0...reference.depth).map { reference.utilisation(height: $0) }
        line["horizon"] = scenario.length.horizon
        line["warmup"] = scenario.length.warmup
        line["cooldown"] = scenario.length.cooldown
        line["seed"] = Int(scenario.seed)
        line["events"] = events
        line["latency_n"] = Int(result.metrics["cases.completed"] ?? 0)
        line["mean_latency"] = mean
        line["analytic_mean_latency"] = analytic
        line["mean_hops_per_request"] = reference.meanServicesPerCase
        line["load_s"] = loadSeconds
        line["build_s"] = buildSeconds
        line["init_s"] = initSeconds
        line["sim_s"] = simSeconds
        line["sim_cpu_s"] = simCPUSeconds
        line["events_per_s"] = simSeconds > 0 ? Double(events) / simSeconds : .nan
        line["rss_after_load_mb"] = residentAfterLoad
        line["rss_after_build_mb"] = residentAfterBuild
        line["rss_before_run_mb"] = residentBeforeRun
        line["peak_rss_mb"] = peak
        // What the loop touches per event and per unit (the C reference: 16-byte events, 10 bytes per unit).
        line["event_bytes"] = CompiledModel.eventBytes
        line["unit_record_bytes"] = CompiledModel.unitRecordBytes
        standardError("  \(scenario.name): units \(reference.units) events \(events) sim_s \(format(simSeconds)) "
            + "ev/s \(format(Double(events) / simSeconds)) mean \(format(mean)) (analytic \(format(analytic))) "
            + "build_s \(format(buildSeconds)) load_s \(format(loadSeconds)) peak \(format(peak)) MiB\n")
        return line
    }

    /// Loads a scenario file, with the limit on units raised so the national-scale file loads.
    static func load(_ file: String) throws(BenchError) -> Scenario {
        do {
            let loaded = try ScenarioLoader.load(path: file, limits: .init(maxUnits: 20_000_000))
            for warning in loaded.warnings { standardError("\(warning)\n") }
            return loaded.scenario
        } catch {
            throw .data(error.description)
        }
    }

    /// The run length for another horizon, warm-up and cool-down scaled with it (as `govsim run --horizon`).
    static func rescaled(_ length: RunLength, to horizon: Double) -> RunLength {
        let scale = horizon / length.horizon
        return RunLength(horizon: horizon, warmup: length.warmup * scale, cooldown: length.cooldown * scale)
    }
}

func format(_ value: Double) -> String { String(format: "%.4g", value) }

func standardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}

import Foundation
import GovSimEngine
import GovSimScenario

/// `govsim-bench scaling`: the same replications through ``Experiment/run(threads:)`` on one thread
/// and on several, timed whole (model build, every replication, results), and checked to agree.
struct ScalingBenchmark {
    let options: Options

    init(_ options: Options) { self.options = options }

    func run() throws(BenchError) -> ResultLine {
        var scenario = try EventLoopBenchmark.load(options.file)
        scenario.replications = try options.integer("--replications", in: 1...10_000) ?? 8
        if let horizon = try options.number("--horizon") {
            scenario.length = EventLoopBenchmark.rescaled(scenario.length, to: horizon)
        }
        let threads = try options.integer("--threads", in: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
        let experiment = scenario.experiment()
        var watch = Stopwatch()
        let serial = try Self.run(experiment, threads: 1)
        let serialSeconds = watch.seconds
        watch = Stopwatch()
        let parallel = try Self.run(experiment, threads: threads)
        let parallelSeconds = watch.seconds
        let means = { (results: [VariantResult]) in results.flatMap { $0.replications.map { $0.metrics["turnaround.mean"] ?? .nan } } }
        let events = serial.flatMap(\.replications).reduce(0) { $0 + $1.services }
        guard means(serial) == means(parallel), events == parallel.flatMap(\.replications).reduce(0, { $0 + $1.services }) else {
            throw .runtime("results on 1 and \(threads) threads differ: replications must not depend on the thread count")
        }
        var line = ResultLine()
        line["scenario"] = scenario.name
        line["replications"] = scenario.replications
        line["threads"] = threads
        line["cores"] = ProcessInfo.processInfo.activeProcessorCount
        line["events"] = events
        line["serial_s"] = serialSeconds
        line["parallel_s"] = parallelSeconds
        line["speedup"] = serialSeconds / parallelSeconds
        line["peak_rss_mb"] = ProcessStats.peakResidentMiB()
        standardError("  \(scenario.name): \(scenario.replications) replications, 1 thread \(format(serialSeconds)) s, "
            + "\(threads) threads \(format(parallelSeconds)) s, speed-up \(format(serialSeconds / parallelSeconds))\n")
        return line
    }

    static func run(_ experiment: Experiment, threads: Int) throws(BenchError) -> [VariantResult] {
        do { return try experiment.run(threads: threads) } catch { throw .data(error.description) }
    }
}

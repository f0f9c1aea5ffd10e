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
        // Pairs of runs (1 thread, then all), medians of each: one pair alone moved by 10% when
        // another program took a core for a second, which the parallel run feels twice.
        let repeats = try options.integer("--repeats", in: 1...100) ?? 5
        let experiment = scenario.experiment()
        var serialTimes: [Double] = [], parallelTimes: [Double] = []
        var events = 0
        for _ in 0..<repeats {
            var watch = Stopwatch()
            let serial = try Self.run(experiment, threads: 1)
            serialTimes.append(watch.seconds)
            watch = Stopwatch()
            let parallel = try Self.run(experiment, threads: threads)
            parallelTimes.append(watch.seconds)
            let means = { (results: [VariantResult]) in results.flatMap { $0.replications.map { $0.metrics["turnaround.mean"] ?? .nan } } }
            events = serial.flatMap(\.replications).reduce(0) { $0 + $1.services }
            guard means(serial) == means(parallel), events == parallel.flatMap(\.replications).reduce(0, { $0 + $1.services }) else {
                throw .runtime("results on 1 and \(threads) threads differ: replications must not depend on the thread count")
            }
        }
        let serialSeconds = Self.median(serialTimes), parallelSeconds = Self.median(parallelTimes)
        var line = ResultLine()
        line["scenario"] = scenario.name
        line["replications"] = scenario.replications
        line["threads"] = threads
        line["cores"] = ProcessInfo.processInfo.activeProcessorCount
        line["events"] = events
        line["serial_s"] = serialSeconds
        line["parallel_s"] = parallelSeconds
        line["speedup"] = serialSeconds / parallelSeconds
        line["repeats"] = repeats
        line["pair_speedups"] = zip(serialTimes, parallelTimes).map { ($0 / $1 * 100).rounded() / 100 }
        line["peak_rss_mb"] = ProcessStats.peakResidentMiB()
        standardError("  \(scenario.name): \(scenario.replications) replications, medians of \(repeats) pairs: 1 thread "
            + "\(format(serialSeconds)) s, \(threads) threads \(format(parallelSeconds)) s, speed-up \(format(serialSeconds / parallelSeconds))\n")
        return line
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func run(_ experiment: Experiment, threads: Int) throws(BenchError) -> [VariantResult] {
        do { return try experiment.run(threads: threads) } catch { throw .data(error.description) }
    }
}

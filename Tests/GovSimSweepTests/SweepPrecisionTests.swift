import Foundation
import GovSimEngine
import GovSimReport
import GovSimScenario
import GovSimTestSupport
import Testing

@Suite struct SweepPrecisionTests {
    /// Every point stops at the first batch whose intervals meet the precision: met at the final
    /// count, not met at any earlier batch of the same deterministic sequence.
    @Test func untilCIStopsAtThePrecision() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let precision = SweepPrecision(relative: 0.05, maxReplications: 400)
        let plan = try SweepFixture.plan("\(folder)/tiny-sweep.json", precision: precision)
        var results = SweepResults()
        #expect(try SweepRunner(plan: plan).run(&results, options: .init(threads: 2)) == .complete)
        let definition = plan.definition
        for point in definition.points.indices {
            let count = results.replications(of: point).count
            #expect(results.replications(of: point) == Array(0..<count))
            func summaries(_ n: Int) -> [MetricSummary] {
                definition.variants.indices.flatMap { variant in
                    definition.metrics.map { results.summary(point: point, variant: variant, metric: $0, replications: Array(0..<n)) }
                }
            }
            #expect(count < precision.maxReplications)
            #expect(summaries(count).allSatisfy(precision.isMet), "point \(point) stopped at \(count) without the precision")
            var n = 3, visited = [3]
            while let next = precision.nextTarget(current: n, step: 3, summaries: summaries(n)) { n = next; visited.append(n) }
            #expect(n == count, "point \(point): the batches \(visited) do not end at \(count)")
            for earlier in visited.dropLast() { #expect(!summaries(earlier).allSatisfy(precision.isMet)) }
        }
        let summary = SweepFiles.summaryCSV(definition, results)
        #expect(summary.contains(",met\r\n"))
        #expect(!summary.contains(",capped\r\n"))
    }

    @Test func theCapIsReportedMetricByMetric() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let result = SweepFixture.run(["sweep", "\(folder)/tiny-sweep.json", "--out", "\(folder)/out", "--until-ci", "0.0001",
                                       "--max-replications", "5", "--param", "workload.arrival_rate=2"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("hit the cap without it: point 0 pyramid.turnaround.mean"))
        let summary = try String(contentsOfFile: "\(folder)/out/sweep-summary.csv", encoding: .utf8)
        #expect(summary.contains(",pyramid,turnaround.mean,5,"))
        #expect(summary.contains(",capped\r\n"))
        let manifest = try String(contentsOfFile: "\(folder)/out/sweep.json", encoding: .utf8)
        #expect(manifest.contains("\"metric\": \"turnaround.mean\""))
    }

    @Test func untilCIIsTheSameOnAnyNumberOfThreads() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        for threads in ["1", "4"] {
            let result = SweepFixture.run(["sweep", "\(folder)/tiny-sweep.json", "--out", "\(folder)/t\(threads)", "--until-ci", "0.1",
                                           "--threads", threads, "--quiet"])
            #expect(result.code == 0, "\(result.err)")
        }
        #expect(try SweepFixture.files("\(folder)/t1") == SweepFixture.files("\(folder)/t4"))
    }

    @Test(arguments: [
        (["--until-ci", "0.02", "--shard", "1/2"], "govsim sweep: --until-ci cannot be combined with --shard: replicating to a precision needs every replication of a point in one place; give shards a fixed --replications"),
        (["--max-replications", "9"], "govsim sweep: --max-replications caps --until-ci; add --until-ci REL, or use --replications for a fixed number"),
        (["--until-ci", "2"], "govsim sweep: --until-ci expects a fraction of the mean above 0 and below 1 (0.02 for 2%), got \"2\""),
        (["--shard", "3/2"], "govsim sweep: --shard expects K/N with 1 <= K <= N (shard 3 of 8 is 3/8), got \"3/2\""),
        (["--param", "workload.arrival_rate"], "govsim sweep: --param expects PATH=VALUES (like workload.arrival_rate=0.5:2:0.25), got \"workload.arrival_rate\""),
        (["--param", "variants[3].policy.delegation=1,2"], "govsim sweep: variants[3].policy.delegation: no variant 3; the scenario has 2 variants"),
        (["--metric", "turnaround.men"], "govsim sweep: --metric: no metric is named \"turnaround.men\"; did you mean \"turnaround.mean\"?"),
    ])
    func rejectsBadOptions(options: [String], message: String) throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let result = SweepFixture.run(["sweep", "\(folder)/tiny-sweep.json", "--out", "\(folder)/out"] + options)
        #expect(result.code == 64)
        #expect(result.err == message + "\n")
    }
}

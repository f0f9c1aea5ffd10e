import Foundation
import GovSimReport
import GovSimScenario
import GovSimTestSupport
import Testing

/// The same sweep gives byte-identical files on any number of threads, in shards merged
/// afterwards, and after an interruption and a resume.
@Suite struct SweepDeterminismTests {
    @Test func filesAreIdenticalWhateverTheNumberOfThreads() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let file = "\(folder)/tiny-sweep.json"
        for threads in ["1", "3", "8"] {
            let result = SweepFixture.run(["sweep", file, "--out", "\(folder)/t\(threads)", "--threads", threads, "--quiet"])
            #expect(result.code == 0, "\(result.err)")
        }
        let one = try SweepFixture.files("\(folder)/t1")
        #expect(Set(one.keys) == ["sweep.csv", "sweep-summary.csv", "sweep.json", "charts/sweep-turnaround.mean.svg",
                                  "charts/sweep-utilisation.max.svg"])
        #expect(try SweepFixture.files("\(folder)/t3") == one)
        #expect(try SweepFixture.files("\(folder)/t8") == one)
        let rows = String(decoding: one["sweep.csv"] ?? Data(), as: UTF8.self).split(separator: "\r\n")
        #expect(rows.first == "point,variants[0].structure.levels,workload.arrival_rate,variant,replication,seed,metric,value")
        // 6 points x 2 variants x 3 replications, each with every metric.
        #expect(rows.count > 1 + 6 * 2 * 3 * 20)
    }

    @Test func mergedShardsAreByteIdenticalToOneProcess() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let file = "\(folder)/tiny-sweep.json"
        #expect(SweepFixture.run(["sweep", file, "--out", "\(folder)/whole", "--quiet"]).code == 0)
        for shard in 1...4 {
            let result = SweepFixture.run(["sweep", file, "--out", "\(folder)/split", "--shard", "\(shard)/4", "--threads", "1", "--quiet"])
            #expect(result.code == 0, "\(result.err)")
        }
        let merged = SweepFixture.run(["merge", "\(folder)/split"])
        #expect(merged.code == 0, "\(merged.err)")
        #expect(merged.out.contains("Merged 4 shards"))
        #expect(try SweepFixture.files("\(folder)/split") == SweepFixture.files("\(folder)/whole"))
    }

    @Test func mergeNamesMissingShards() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let file = "\(folder)/tiny-sweep.json"
        #expect(SweepFixture.run(["sweep", file, "--out", "\(folder)/split", "--shard", "2/3", "--quiet"]).code == 0)
        let merged = SweepFixture.run(["merge", "\(folder)/split"])
        #expect(merged.code == 65)
        #expect(merged.err == "govsim merge: shards 1, 3 of 3 missing in \(folder)/split/shards\n")
    }

    /// Ctrl-C lands between jobs: the runner stops, what completed is written, and --resume
    /// finishes with the files an uninterrupted run writes.
    @Test(arguments: [1, 7, 20])
    func resumingAnInterruptedSweepGivesTheUninterruptedFiles(stopAfter: Int) throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let file = "\(folder)/tiny-sweep.json"
        #expect(SweepFixture.run(["sweep", file, "--out", "\(folder)/whole", "--quiet"]).code == 0)

        let plan = try SweepFixture.plan(file)
        var results = SweepResults()
        let counter = SharedCounter()
        let outcome = try SweepRunner(plan: plan).run(&results, options: .init(
            threads: 2, isCancelled: { counter.value >= stopAfter }, progress: { _, _ in counter.increment() }))
        #expect(outcome == .interrupted)
        #expect(results.pairs.count < 18)
        try SweepOutput.write(plan.definition, results, complete: false, to: "\(folder)/resumed")
        #expect(String(decoding: try SweepFixture.files("\(folder)/resumed")["sweep.json"] ?? Data(), as: UTF8.self)
            .contains("\"complete\": false"))

        let resumed = SweepFixture.run(["sweep", file, "--out", "\(folder)/resumed", "--resume", "--quiet"])
        #expect(resumed.code == 0, "\(resumed.err)")
        #expect(try SweepFixture.files("\(folder)/resumed") == SweepFixture.files("\(folder)/whole"))
    }

    @Test func resumeRefusesADifferentSweep() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let file = "\(folder)/tiny-sweep.json"
        #expect(SweepFixture.run(["sweep", file, "--out", "\(folder)/out", "--quiet"]).code == 0)
        let result = SweepFixture.run(["sweep", file, "--out", "\(folder)/out", "--seed", "12", "--resume", "--quiet"])
        #expect(result.code == 64)
        #expect(result.err == "govsim sweep: --resume: \(folder)/out holds a different sweep: the seed (12 now, 11 before). Use another --out, or drop --resume to start afresh.\n")
    }
}

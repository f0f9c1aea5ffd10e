import Foundation
import GovSimTestSupport
import Testing

/// The shipped scripts and the built tool: shards through GNU parallel, a Slurm submission
/// against a stand-in sbatch, and Ctrl-C sent to a real process.
@Suite(.serialized) struct SweepScriptTests {
    /// GNU parallel; the test that needs it is skipped, saying why, only without it.
    static let parallel = Executables.find(["parallel"])

    @Test(.enabled(if: parallel != nil, "GNU parallel is not installed (sudo apt-get install -y parallel; make test installs it)"))
    func shardsRunThroughGNUParallelMergeToTheSingleProcessFiles() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let govsim = try Executables.govsim()
        let script = Repository.root + "/scripts/sweep-parallel.sh"
        let result = try ChildProcess.run([script, "-n", "5", "-j", "2", "tiny-sweep.json", "--out", "split"], in: folder,
                                          environment: ["GOVSIM": govsim, "PARALLEL_BIN": Self.parallel ?? "parallel"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Merged 5 shards"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/split/shards/5-of-5.csv"))
        let whole = SweepFixture.run(["sweep", "\(folder)/tiny-sweep.json", "--out", "\(folder)/whole", "--quiet"])
        #expect(whole.code == 0)
        let merged = try SweepFixture.files("\(folder)/split")
        #expect(merged.count == 5)
        #expect(merged == (try SweepFixture.files("\(folder)/whole")))
    }

    @Test func slurmScriptSubmitsAnArrayAndADependentMerge() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        // A stand-in sbatch that logs its arguments and answers with a job id.
        let fake = "\(folder)/sbatch"
        try "#!/usr/bin/env bash\nprintf '%s\\n' \"$*\" >> \"\(folder)/sbatch.log\"\necho 4242\n".write(toFile: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
        let script = Repository.root + "/scripts/sweep-slurm.sh"
        let result = try ChildProcess.run([script, "-n", "6", "-c", "2", "--", "--partition=short", "--", "tiny-sweep.json", "--out", "out"],
                                          in: folder, environment: ["SBATCH": fake])
        #expect(result.status == 0, "\(result.err)")
        let log = try String(contentsOfFile: "\(folder)/sbatch.log", encoding: .utf8).split(separator: "\n")
        #expect(log.count == 2)
        #expect(log.first?.contains("--partition=short --job-name=govsim-sweep --array=1-6 --cpus-per-task=2") == true)
        #expect(log.first?.contains("--threads 2 --resume --quiet  --shard \"$SLURM_ARRAY_TASK_ID/6\"") == true)
        #expect(log.last?.contains("--dependency=afterok:4242") == true)
        #expect(log.last?.contains("--wrap=govsim merge out") == true)
    }

    /// SIGINT to a real `govsim sweep` once it is under way: it writes what completed and
    /// exits; --resume then gives the files of an uninterrupted run. The signal goes when the
    /// sweep prints its first progress line (after a second of work, once runs have completed;
    /// its signal handlers are installed before the first run), not after a guessed delay.
    @Test func ctrlCWritesWhatCompletedAndResumeFinishesIt() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        // 4 points x 80 replications: about 4 s in a debug build, the first progress line at about
        // a quarter of the runs, so the signal lands with most of them still to do.
        let sweep = [try Executables.govsim(), "sweep", "tiny-sweep.json", "--replications", "80", "--threads", "1",
                     "--param", "workload.arrival_rate=3:6:1"]
        let running = try ChildProcess(sweep + ["--out", "stopped"], in: folder)
        let progress = try running.waitForError(containing: "progress: ", timeout: 300)
        running.send(SIGINT)
        let stopped = running.finish()
        #expect(!stopped.killedBySignal && stopped.status == 1,
                "not stopped by the interruption (status \(stopped.status)): the sweep finished before SIGINT arrived, after \(progress)")
        let completed = stopped.err.components(separatedBy: "govsim sweep: interrupted; the ").dropFirst().first?.prefix { $0.isNumber }
        let pairs = try #require(completed.flatMap { Int($0) }, "no interruption message: \(stopped.err)")
        #expect(pairs > 0 && pairs < 4 * 80, "\(pairs) of 320 (point, replication) pairs completed")
        let manifest = try String(contentsOfFile: "\(folder)/stopped/sweep.json", encoding: .utf8)
        #expect(manifest.contains("\"complete\": false"))
        #expect(try ChildProcess.run(sweep + ["--out", "stopped", "--resume", "--quiet"], in: folder).status == 0)
        #expect(try ChildProcess.run(sweep + ["--out", "whole", "--quiet"], in: folder).status == 0)
        #expect(try SweepFixture.files("\(folder)/stopped") == SweepFixture.files("\(folder)/whole"))
    }
}

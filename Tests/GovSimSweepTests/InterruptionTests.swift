import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GovSimModel
import GovSimTestSupport
import Testing

/// Nothing is lost when a run or a sweep is killed: the built `govsim` is started on a small
/// scenario into a folder holding a complete previous output and killed with SIGKILL at seeded
/// random moments; afterwards every file the previous output had is still there, and every file
/// is complete: the previous version or the new one, never a truncated mix.
@Suite(.serialized) struct InterruptionTests {
    static let trials = 40

    struct Trial {
        let label: String
        let arguments: (_ out: String) -> [String]
    }

    @Test func killedRunsNeverLeaveATruncatedOutput() throws {
        let tally = try Self.interrupt(Trial(label: "run") { ["run", "tiny-sweep.json", "--out", $0, "--seed", "2", "--quiet", "--format", "svg,dot,png"] },
                                       previous: { ["run", "tiny-sweep.json", "--out", $0, "--seed", "1", "--quiet", "--format", "svg,dot,png"] },
                                       seed: 9)
        print("InterruptionTests: govsim run: \(tally)")
        Self.expectSound(tally)
    }

    @Test func killedSweepsNeverLeaveATruncatedOutput() throws {
        let tally = try Self.interrupt(Trial(label: "sweep") { ["sweep", "tiny-sweep.json", "--out", $0, "--seed", "2", "--quiet", "--threads", "1"] },
                                       previous: { ["sweep", "tiny-sweep.json", "--out", $0, "--seed", "1", "--quiet"] },
                                       seed: 10)
        print("InterruptionTests: govsim sweep: \(tally)")
        Self.expectSound(tally)
    }

    /// No file truncated or lost, and the trials tested something: each ended as killed by
    /// SIGKILL or finished (none failed or crashed on its own), some were killed, files were read.
    static func expectSound(_ tally: Tally) {
        #expect(tally.corrupted.isEmpty, "\(tally.corrupted.prefix(5))")
        #expect(tally.otherEndings.isEmpty, "\(tally.otherEndings.prefix(5))")
        #expect(tally.killedBeforeWriting + tally.killedWhileWriting + tally.finished == trials, "\(tally)")
        #expect(tally.killedBeforeWriting + tally.killedWhileWriting > 0, "no trial was killed before it finished: \(tally)")
        #expect(tally.filesChecked > 0, "\(tally)")
    }

    /// How the trials ended, counted from each process's own ending and the files it left.
    struct Tally: CustomStringConvertible {
        var killedBeforeWriting = 0, killedWhileWriting = 0, finished = 0
        /// Trials that ended neither by SIGKILL nor by finishing: an error exit or a crash.
        var otherEndings: [String] = []
        var filesChecked = 0
        var leftoverTemporaries = 0
        var corrupted: [String] = []
        var description: String {
            "\(killedBeforeWriting + killedWhileWriting) trials killed with SIGKILL (\(killedBeforeWriting) left the previous output as it was, "
                + "\(killedWhileWriting) left a mix of previous and new files), \(finished) finished first, "
                + "\(otherEndings.count) ended otherwise; "
                + "\(filesChecked) files checked, \(corrupted.count) truncated or missing; "
                + "\(leftoverTemporaries) hidden temporary files left behind"
        }
    }

    /// Writes the previous output once, then for each trial restores it, starts `trial` into it
    /// and kills it after a random delay up to 1.2 times a full run's duration (every other trial
    /// between 0.7 and 1.1 times it, when the files are being written).
    static func interrupt(_ trial: Trial, previous: (String) -> [String], seed: UInt64) throws -> Tally {
        let binary = try Executables.govsim()
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        _ = try ChildProcess.run([binary] + previous("old"), in: folder)
        let old = try SweepFixture.files(folder + "/old")
        try #require(!old.isEmpty)
        let started = Date()
        _ = try ChildProcess.run([binary] + trial.arguments("new"), in: folder)
        let duration = Date().timeIntervalSince(started)
        let new = try SweepFixture.files(folder + "/new")
        var random = SplitMix64(seed: seed)
        var tally = Tally()
        for number in 0..<trials {
            let out = folder + "/out"
            ScratchFolder.remove(out)
            try FileManager.default.copyItem(atPath: folder + "/old", toPath: out)
            // Half the kills anywhere in the run, half near its end, where the files are written.
            let fraction = Double(random.next() % 1_000) / 1_000
            let delay = number % 2 == 0 ? fraction * duration * 1.2 : duration * (0.7 + 0.4 * fraction)
            // The kill lands at a random moment on purpose: what is tested is that any moment is safe.
            let process = try ChildProcess([binary] + trial.arguments(out), in: folder)
            usleep(UInt32(delay * 1_000_000))
            process.send(SIGKILL)
            let ending = process.finish()
            let label = "\(trial.label) trial \(number) (killed after \(String(format: "%.3f", delay)) s)"
            let found = try SweepFixture.files(out)
            tally.leftoverTemporaries += found.keys.filter(FolderContents.isHidden).count
            var sawNew = false
            for (path, data) in found where !FolderContents.isHidden(path) {
                tally.filesChecked += 1
                if data == old[path] { continue }
                sawNew = true
                if data == new[path] { continue }
                if let problem = incomplete(path, data, versions: [old[path], new[path]].compactMap { $0 }) {
                    tally.corrupted.append("\(label): \(path) \(problem)")
                }
            }
            for path in old.keys where found[path] == nil { tally.corrupted.append("\(label): \(path) was removed") }
            if ending.killedBySignal && ending.status == SIGKILL {
                if sawNew { tally.killedWhileWriting += 1 } else { tally.killedBeforeWriting += 1 }
            } else if !ending.killedBySignal && ending.status == 0 {
                tally.finished += 1
            } else {
                tally.otherEndings.append("\(label): \(ending.killedBySignal ? "signal" : "exit status") \(ending.status): \(ending.err.suffix(300))")
            }
        }
        return tally
    }

    /// Why `data` is not a complete file of its kind, or nil. A run's HTML, Markdown, manifest
    /// and some charts carry the time they were made, so a new version need not equal the reference
    /// byte for byte; it must parse, and tables must have as many rows as a complete version.
    static func incomplete(_ path: String, _ data: Data, versions: [Data]) -> String? {
        let text = String(decoding: data, as: UTF8.self)
        func lastLine(_ text: String) -> Substring { text.split(separator: "\n").last ?? "" }
        switch URL(fileURLWithPath: path).pathExtension {
        case "json":
            return (try? JSONSerialization.jsonObject(with: data)) == nil ? "is not complete JSON" : nil
        case "csv":
            let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).count
            let expected = versions.map { String(decoding: $0, as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false).count }
            return expected.contains(lines) && (text.hasSuffix("\n") || text.isEmpty) ? nil : "has \(lines) lines, a complete one \(expected)"
        case "svg":
            return XMLParser(data: data).parse() ? nil : "is not well-formed SVG"
        case "html":
            return text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</html>") ? nil : "does not end with </html>"
        case "dot":
            return text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("}") ? nil : "does not end with }"
        case "png":
            return data.suffix(8) == Data([0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]) ? nil : "has no IEND chunk"
        default:
            let ends = versions.map { lastLine(String(decoding: $0, as: UTF8.self)) }
            return ends.contains(lastLine(text)) ? nil : "does not end as a complete version does"
        }
    }
}

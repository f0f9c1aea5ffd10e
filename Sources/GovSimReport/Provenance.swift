import Foundation
import GovSimScenario

/// Where a report came from, for its reproducibility footer and manifest: the GovSim version,
/// the scenario file and its SHA-256, the seed, and the command line that gives the same report.
public struct Provenance: Sendable, Hashable {
    public var version: String
    /// The scenario file as the command named it; only its last component when it was given as
    /// an absolute path (a report should not reveal the author's folders).
    public var scenarioFile: String
    /// SHA-256 of the scenario file's bytes; nil for a scenario built in code.
    public var scenarioSHA256: String?
    public var seed: UInt64
    /// The command as run (`govsim run ...`); empty when the report was made from Swift.
    public var commandLine: [String]

    public init(scenario: Scenario, commandLine: [String], version: String = GovSimVersion.current) {
        self.version = version
        scenarioFile = scenario.file.hasPrefix("/") ? URL(fileURLWithPath: scenario.file).lastPathComponent : scenario.file
        scenarioSHA256 = scenario.sourceSHA256
        seed = scenario.seed
        self.commandLine = commandLine
    }

    /// The command that reproduces the run, shell-quoted, with the seed made explicit; nil when
    /// there was no command.
    public var reproduce: String? {
        guard !commandLine.isEmpty else { return nil }
        var words = commandLine
        if !words.contains("--seed") { words += ["--seed", String(seed)] }
        return words.map(Self.shellQuoted).joined(separator: " ")
    }

    /// A word as a POSIX shell reads it back: bare when it has only safe characters, else in
    /// single quotes (a quote inside becomes `'\''`).
    static func shellQuoted(_ word: String) -> String {
        let safe = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "-_./:=,+@%".unicodeScalars.contains(scalar)
        }
        return safe ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

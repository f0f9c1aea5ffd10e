import Foundation
import GovSimScenario

/// The files of a sweep in its folder, each written atomically: `sweep.csv`,
/// `sweep-summary.csv`, `charts/sweep-<metric>.svg`, and `sweep.json` last (its `complete` says
/// whether the data is the whole sweep). Shards write `shards/K-of-N.csv` and `.json`.
public enum SweepOutput {
    public static func dataPath(_ folder: String) -> String { "\(folder)/sweep.csv" }
    public static func manifestPath(_ folder: String) -> String { "\(folder)/sweep.json" }
    public static func shardBase(_ folder: String, _ shard: SweepRunner.Shard) -> String { "\(folder)/shards/\(shard)" }

    /// Writes the whole sweep's files; returns their paths.
    @discardableResult
    public static func write(_ definition: SweepDefinition, _ results: SweepResults, complete: Bool,
                             to folder: String) throws(AtomicFile.WriteError) -> [String] {
        var written: [String] = []
        try AtomicFile.write(SweepFiles.csv(definition, results), to: dataPath(folder))
        written.append(dataPath(folder))
        try AtomicFile.write(SweepFiles.summaryCSV(definition, results), to: "\(folder)/sweep-summary.csv")
        written.append("\(folder)/sweep-summary.csv")
        for metric in definition.metrics {
            guard let svg = SweepChart.svg(definition, results, metric: metric) else { continue }
            let path = "\(folder)/charts/sweep-\(fileName(metric)).svg"
            try AtomicFile.write(svg, to: path)
            written.append(path)
        }
        if let map = VerdictMapChart.svg(definition, SweepVerdicts(definition, results)) {
            let path = "\(folder)/charts/verdicts.svg"
            try AtomicFile.write(map, to: path)
            written.append(path)
        }
        try AtomicFile.write(SweepManifest.render(definition, results: results, complete: complete), to: manifestPath(folder))
        written.append(manifestPath(folder))
        return written
    }

    /// Writes one shard's rows and manifest; returns the data file's path.
    @discardableResult
    public static func writeShard(_ definition: SweepDefinition, _ results: SweepResults, complete: Bool,
                                  shard: SweepRunner.Shard, to folder: String) throws(AtomicFile.WriteError) -> String {
        let base = shardBase(folder, shard)
        try AtomicFile.write(SweepFiles.csv(definition, results), to: base + ".csv")
        try AtomicFile.write(SweepManifest.render(definition, results: results, complete: complete,
                                                  shard: "\(shard.index)/\(shard.count)"), to: base + ".json")
        return base + ".csv"
    }

    /// A metric name as a file name: letters, digits, `.`, `_` and `-` kept, the rest `_`.
    static func fileName(_ metric: String) -> String {
        String(metric.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-") ? $0 : "_" })
    }

    /// Reads a manifest and its data file (as written by ``write`` or ``writeShard``).
    public static func read(manifest: String, data: String) throws(SweepFileError) -> (SweepManifest.Contents, SweepResults) {
        guard let manifestText = try? String(contentsOfFile: manifest, encoding: .utf8) else {
            throw SweepFileError(file: manifest, line: 0, message: "cannot be read")
        }
        let contents = try SweepManifest.read(manifestText, file: manifest)
        guard let text = try? String(contentsOfFile: data, encoding: .utf8) else {
            throw SweepFileError(file: data, line: 0, message: "cannot be read")
        }
        return (contents, try SweepFiles.read(text, definition: contents.definition, file: data))
    }
}

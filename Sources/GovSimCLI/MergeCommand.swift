import Foundation
import GovSimReport
import GovSimScenario

/// `govsim merge DIR`: combines the shards of a sweep into the files one process would write.
enum MergeCommand {
    static let help = """
        USAGE: govsim merge DIR [--quiet]

        Combines DIR/shards/K-of-N.csv, written by 'govsim sweep ... --shard K/N --out DIR' for
        K = 1..N (on one machine or many), into DIR/sweep.csv, sweep-summary.csv, sweep.json and
        charts/: byte-identical to what the unsharded sweep writes. Needs no scenario file: each
        shard's K-of-N.json says what was run, and all of them must agree.
        """

    static func run(_ tokens: [String], console: Console) throws(CLIError) {
        let arguments = try Arguments(tokens, valued: [], switches: ["--quiet"], command: "merge")
        guard arguments.positional.count == 1 else {
            throw .usage("govsim merge: expected one sweep folder, got \(arguments.positional.count) (see govsim merge --help)")
        }
        let folder = arguments.positional[0]
        let count = try shardCount(folder)
        var definition: SweepDefinition?
        var results = SweepResults()
        for index in 1...count {
            let shard = SweepRunner.Shard(index: index, count: count)
            let base = SweepOutput.shardBase(folder, shard)
            let found: (SweepManifest.Contents, SweepResults)
            do { found = try SweepOutput.read(manifest: base + ".json", data: base + ".csv") } catch {
                throw .data("govsim merge: \(error.description)")
            }
            guard found.0.complete else {
                throw .data("govsim merge: shard \(index) of \(count) was interrupted; finish it with 'govsim sweep ... --shard \(index)/\(count) --resume'")
            }
            if let definition, let difference = found.0.definition.difference(from: definition) {
                throw .data("govsim merge: shard \(index) of \(count) belongs to a different sweep than shard 1: \(difference)")
            }
            definition = found.0.definition
            let stray = found.1.pairs.first { !shard.contains($0, replications: found.0.definition.replications) }
            if let stray { throw .data("govsim merge: \(base).csv holds point \(stray.point) replication \(stray.replication), which is not shard \(index)'s") }
            results.merge(found.1)
        }
        guard let definition else { throw .data("govsim merge: no shards in \(folder)/shards") }
        let expected = definition.points.count * definition.replications
        guard results.pairs.count == expected else {
            throw .data("govsim merge: the shards hold \(results.pairs.count) of the sweep's \(expected) (point, replication) pairs")
        }
        do { try SweepOutput.write(definition, results, complete: true, to: folder) } catch {
            throw .runtime("govsim merge: \(error.description)")
        }
        guard !arguments.has("--quiet") else { return }
        console.print(SweepReport.render(definition, results))
        console.print("\nMerged \(count) shards into \(folder)/sweep.csv, sweep-summary.csv, sweep.json and charts/")
    }

    /// N of the `K-of-N.csv` files in `folder/shards`, checking that all K are there.
    static func shardCount(_ folder: String) throws(CLIError) -> Int {
        let directory = "\(folder)/shards"
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw .usage("govsim merge: no \(directory) folder; run 'govsim sweep ... --shard K/N --out \(folder)' first")
        }
        var found: [Int: Set<Int>] = [:]
        for file in files where file.hasSuffix(".csv") {
            let parts = file.dropLast(4).components(separatedBy: "-of-")
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { continue }
            found[count, default: []].insert(index)
        }
        guard let count = found.keys.first else { throw .data("govsim merge: no K-of-N.csv shard files in \(directory)") }
        guard found.count == 1 else {
            throw .data("govsim merge: \(directory) holds shards of different splits (\(found.keys.sorted().map { "of \($0)" }.joined(separator: ", "))); remove the stale ones")
        }
        let missing = (1...count).filter { !(found[count] ?? []).contains($0) }
        guard missing.isEmpty else {
            throw .data("govsim merge: shard\(missing.count == 1 ? "" : "s") \(missing.map(String.init).joined(separator: ", ")) of \(count) missing in \(directory)")
        }
        return count
    }
}

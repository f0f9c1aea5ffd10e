import Foundation
import GovSimEngine
import GovSimScenario

/// A sweep's data files: `sweep.csv` (long format, one row per point, variant, replication and
/// metric) and `sweep-summary.csv` (mean and 95% interval per point, variant and metric), both
/// sorted, so the same results give byte-identical files however they were computed.
public enum SweepFiles {
    /// `point, <each parameter>, variant, replication, seed, metric, value`.
    public static func header(_ definition: SweepDefinition) -> [String] {
        ["point"] + definition.parameters + ["variant", "replication", "seed", "metric", "value"]
    }

    public static func summaryHeader(_ definition: SweepDefinition) -> [String] {
        ["point"] + definition.parameters + ["variant", "metric", "n", "mean", "ci95_low", "ci95_high", "precision"]
            + definition.claims.map(SweepVerdicts.column)
    }

    /// Variant indices sorted by name: rows go by point, variant name, replication, metric.
    static func variantOrder(_ definition: SweepDefinition) -> [Int] {
        definition.variants.indices.sorted { definition.variants[$0] < definition.variants[$1] }
    }

    static func pointCells(_ definition: SweepDefinition, _ point: Int) -> [String] {
        [String(point)] + definition.points[point].map(CSVWriter.number)
    }

    /// The long-format rows of every pair in `results`.
    public static func csv(_ definition: SweepDefinition, _ results: SweepResults) -> String {
        var out = CSVWriter.row(header(definition))
        let pairs = results.pairs
        var start = 0
        while start < pairs.count {
            let point = pairs[start].point
            var end = start
            while end < pairs.count, pairs[end].point == point { end += 1 }
            let cells = pointCells(definition, point), seed = String(definition.seeds[point])
            for variant in variantOrder(definition) {
                for pair in pairs[start..<end] {
                    guard let metrics = results.runs[pair]?[variant] else { continue }
                    for (metric, value) in metrics.sorted(by: { $0.key < $1.key }) {
                        out += CSVWriter.row(cells + [definition.variants[variant], String(pair.replication), seed, metric,
                                                      CSVWriter.number(value)])
                    }
                }
            }
            start = end
        }
        return out
    }

    /// Mean and 95% interval of every metric per point and variant; `precision` says, for the
    /// charted metrics of a sweep replicated to a precision, "met", "capped" (the replication cap
    /// was reached first) or "short" (the sweep was interrupted before either).
    public static func summaryCSV(_ definition: SweepDefinition, _ results: SweepResults) -> String {
        var out = CSVWriter.row(summaryHeader(definition))
        let verdicts = SweepVerdicts(definition, results)
        for point in definition.points.indices {
            let claimCells = verdicts.results[point]?.map(\.verdict.rawValue) ?? definition.claims.map { _ in "" }
            let replications = results.replications(of: point)
            guard !replications.isEmpty else { continue }
            let names = results.metricNames(point: point)
            let capped = Set(results.capped(point: point, definition: definition).map { "\($0.variant) \($0.metric)" })
            for variant in variantOrder(definition) {
                for metric in names {
                    let summary = results.summary(point: point, variant: variant, metric: metric, replications: replications)
                    var status = ""
                    if let precision = definition.precision, definition.metrics.contains(metric) {
                        status = precision.isMet(summary) ? "met" : capped.contains("\(variant) \(metric)") ? "capped" : "short"
                    }
                    out += CSVWriter.row(pointCells(definition, point) + [
                        definition.variants[variant], metric, String(summary.count), CSVWriter.number(summary.mean),
                        CSVWriter.number(summary.lower), CSVWriter.number(summary.upper), status,
                    ] + claimCells)
                }
            }
        }
        return out
    }

    // MARK: - Reading back

    /// Reads rows written by ``csv(_:_:)`` for the same sweep (to resume, or to merge shards).
    /// Only pairs with a row for every variant count; the rest will be run again.
    public static func read(_ text: String, definition: SweepDefinition, file: String) throws(SweepFileError) -> SweepResults {
        var rows = CSVReader.rows(text)
        guard let first = rows.first else { throw SweepFileError(file: file, line: 1, message: "is empty; expected the header") }
        guard first == header(definition) else {
            throw SweepFileError(file: file, line: 1, message: "has the columns \(first.joined(separator: ",")); this sweep writes \(header(definition).joined(separator: ","))")
        }
        rows.removeFirst()
        let columns = definition.parameters.count
        var collected: [SweepResults.Pair: [[String: Double]]] = [:]
        let variantIndex = Dictionary(uniqueKeysWithValues: definition.variants.enumerated().map { ($1, $0) })
        var seen: [SweepResults.Pair: Set<Int>] = [:]
        for (offset, row) in rows.enumerated() {
            let line = offset + 2
            func fail(_ message: String) -> SweepFileError { SweepFileError(file: file, line: line, message: message) }
            guard row.count == columns + 6 else { throw fail("has \(row.count) cells; expected \(columns + 6)") }
            guard let point = Int(row[0]), definition.points.indices.contains(point) else { throw fail("no point \(row[0]) in this sweep") }
            let values = row[1...columns].map { Double($0) ?? .nan }
            guard values == definition.points[point] else { throw fail("point \(point)'s values differ from this sweep's") }
            guard let variant = variantIndex[row[columns + 1]] else { throw fail("no variant \"\(row[columns + 1])\" in this sweep") }
            guard let replication = Int(row[columns + 2]), replication >= 0 else { throw fail("bad replication \"\(row[columns + 2])\"") }
            guard row[columns + 3] == String(definition.seeds[point]) else { throw fail("seed \(row[columns + 3]) is not point \(point)'s seed") }
            let raw = row[columns + 5]
            guard let value = raw.isEmpty ? Double.nan : Double(raw) else { throw fail("\"\(raw)\" is not a number") }
            let pair = SweepResults.Pair(point: point, replication: replication)
            if collected[pair] == nil { collected[pair] = Array(repeating: [:], count: definition.variants.count) }
            collected[pair]?[variant][row[columns + 4]] = value
            seen[pair, default: []].insert(variant)
        }
        var results = SweepResults()
        for (pair, metrics) in collected where seen[pair]?.count == definition.variants.count {
            results.insert(pair, metrics: metrics)
        }
        return results
    }
}

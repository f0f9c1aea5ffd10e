import GovSimEngine
import GovSimScenario

/// `timeseries.csv`: one row per variant, replication and sample time, with the open cases and
/// the busy share of each level's staff (empty where a variant has fewer levels).
enum TimeSeriesFiles {
    static func csv(_ run: RunSummary) -> String {
        let levels = run.variants.flatMap { $0.replications.flatMap { $0.samples.map(\.utilisationByLevel.count) } }.max() ?? 0
        var out = CSVWriter.row(["variant", "replication", "seed", "time", "backlog"] + (0..<levels).map { Metric.PerLevel.utilisation.name(level: $0) })
        for variant in run.variants.sorted(by: { $0.name < $1.name }) {
            for (replication, result) in variant.replications.enumerated() {
                for sample in result.samples {
                    let shares = (0..<levels).map { level in
                        sample.utilisationByLevel.indices.contains(level) ? CSVWriter.number(sample.utilisationByLevel[level]) : ""
                    }
                    out += CSVWriter.row([variant.name, String(replication), String(run.scenario.seed), CSVWriter.number(sample.time),
                                          String(sample.backlog)] + shares)
                }
            }
        }
        return out
    }
}

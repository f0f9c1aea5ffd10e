import GovSimEngine
import GovSimScenario

/// Backlog and utilisation per level over time, per variant: every replication samples the
/// organisation at the same times, so each time gets a mean and a 95% confidence interval.
struct TimeSeries {
    struct Variant {
        let name: String
        let times: [Double]
        /// Open cases at each time, over the replications.
        let backlog: [MetricSummary]
        /// Mean busy share of each level's staff at each time: `utilisation[level][time]`.
        let utilisation: [[Double]]
    }

    let variants: [Variant]

    var isEmpty: Bool { variants.allSatisfy { $0.times.isEmpty } }

    init(_ variants: [VariantSummary]) {
        self.variants = variants.map { variant in
            let series = variant.replications.map(\.samples).filter { !$0.isEmpty }
            let count = series.map(\.count).min() ?? 0
            let levels = series.first?.first?.utilisationByLevel.count ?? 0
            let times = (0..<count).map { series[0][$0].time }
            let backlog = (0..<count).map { index in MetricSummary(series.map { Double($0[index].backlog) }) }
            let utilisation = (0..<levels).map { level in
                (0..<count).map { index in
                    series.reduce(0) { $0 + ($1[index].utilisationByLevel.indices.contains(level) ? $1[index].utilisationByLevel[level] : 0) }
                        / Double(series.count)
                }
            }
            return Variant(name: variant.name, times: times, backlog: backlog, utilisation: utilisation)
        }
    }
}

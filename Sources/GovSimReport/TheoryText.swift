import GovSimEngine
import GovSimText

/// "Theory beside the run": what the traffic equations predict for each level before a single
/// event runs, next to what the run measured. Students predict from it; researchers check the
/// simulator with it. Plain text; the HTML and Markdown writers lay it out.
struct TheoryText {
    let run: RunSummary

    static let heading = "Theory beside the run"

    /// The columns of every variant's table.
    static let columns = ["Level", "Offered load", "Measured utilisation", "Predicted wait", "Measured wait"]

    /// One paragraph on what the columns are and when a wait is predicted.
    var introduction: String {
        "Before the run, the traffic equations of each organisation give every office's offered load: the visits a case "
            + "makes to it (up to the office that decides, and back down) times the work per visit, over its staff. "
            + "Summed by level it should match the measured utilisation; at 100% or more an office has no steady state. "
            + "Where every office's service is exponential and no case splits in two (a product-form network, Jackson "
            + "1963), each office is an M/M/c queue and its mean wait per visit follows (Erlang C). Waits in "
            + "\(run.scenario.timeUnit)s."
    }

    /// Rows for `variant`: level, offered load, measured utilisation, predicted wait, measured wait.
    func rows(_ variant: VariantSummary) -> [[String]] {
        guard let load = variant.offeredLoad else { return [] }
        return load.perLevel.map { level in
            let utilisation = variant.metrics[Metric.PerLevel.utilisation.name(level: level.level)]
            let wait = variant.metrics[Metric.PerLevel.wait.name(level: level.level)]
            return [String(level.level), NumberFormat.percent(level.offeredLoad),
                    utilisation.map { NumberFormat.percent($0.mean) } ?? "n/a",
                    level.predictedWait.map { NumberFormat.short($0) } ?? "-",
                    wait.map { SummaryText.withInterval($0, metric: Metric.PerLevel.wait.name(level: level.level)) } ?? "n/a"]
        }
    }

    /// What the equations could not follow, and whether waits are predicted, for `variant`.
    func notes(_ variant: VariantSummary) -> [String] {
        guard let load = variant.offeredLoad else { return [] }
        var notes = load.approximations.map { "Approximate: \($0.explanation)" }
        if !load.isProductForm { notes.append("No wait is predicted: the network is not product-form (a service time that is not exponential, a case that splits, or an approximation).") }
        if let busiest = load.busiest, variant.structure.units.indices.contains(busiest), load.perUnit[busiest] >= 1 {
            notes.append("\(variant.structure.units[busiest].name) is offered \(NumberFormat.percent(load.perUnit[busiest])) of what its staff can do: no steady state.")
        }
        return notes
    }
}

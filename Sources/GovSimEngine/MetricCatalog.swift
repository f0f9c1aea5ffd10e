import GovSimModel

/// The names of the metrics a replication reports, with what each means: a contract with users'
/// scripts, so names only ever get added.
public enum MetricCatalog {
    public static let fixed: [(name: String, meaning: String)] = [
        ("turnaround.mean", "mean time from a case's arrival until the citizen is told"),
        ("turnaround.p50", "median turnaround"),
        ("turnaround.p90", "90th percentile of turnaround"),
        ("turnaround.p99", "99th percentile of turnaround"),
        ("turnaround.wait", "mean time a case spent queueing"),
        ("turnaround.work", "mean time a case was being worked on"),
        ("turnaround.transit", "mean time a case spent crossing links"),
        ("decision_time.mean", "mean time from arrival until the decision was taken"),
        ("cases.arrived", "cases that arrived in the measured window"),
        ("cases.completed", "of those, cases completed by the horizon"),
        ("cases.backlog", "cases still open at the horizon"),
        ("cases.in_system.mean", "time-average number of open cases (Little's L)"),
        ("throughput", "measured cases completed per time unit"),
        ("messages.per_case", "transmissions between units per completed case"),
        ("hops.per_case", "services (unit visits) per completed case"),
        ("utilisation.max", "utilisation of the busiest unit: the bottleneck"),
        ("fidelity.at_decision", "share of a case's information left when it was decided"),
        ("fidelity.at_front_line", "share of the decision's content left when the answer reaches the citizen"),
        ("decisions.accuracy", "share of decisions that were right"),
        ("cost.per_case", "staff cost of the measured window per completed case"),
        ("staff.total", "headcount"),
        ("trips.per_case", "times the citizen travelled to an office per case"),
        ("turnaround.travel", "mean time the citizen spent travelling"),
        ("incidents.buck_passing", "cases passed back by an intermediate unit, per 1,000 cases"),
        ("incidents.corruption", "waste or corruption incidents, per 1,000 cases"),
        ("incidents.leaks", "leaks of a case's data, per 1,000 cases"),
        ("incidents.conflicts", "conflicting directives from two superiors, per 1,000 cases"),
        ("satisfaction.mean", "citizen satisfaction, 0 to 1, from turnaround, trips and a right decision"),
        ("shock.detection", "time from a shock's start until the top learns of it (scenarios with shocks)"),
        ("shock.response.mean", "mean turnaround of a shock's cases"),
        ("shock.response.last", "time from a shock's start until its last case is answered"),
        ("shock.cases.completed", "shock cases answered by the horizon"),
    ]

    /// Metrics that exist once per level k of the hierarchy (k = 0 is the top).
    public static let perLevel: [(prefix: String, meaning: String)] = [
        ("utilisation.level.", "busy share of the staff on level k"),
        ("decisions.level.", "share of decisions taken on level k"),
    ]

    /// True when `name` is a metric some run can report.
    public static func isKnown(_ name: String) -> Bool {
        if fixed.contains(where: { $0.name == name }) { return true }
        return perLevel.contains { entry in
            name.hasPrefix(entry.prefix) && Int(name.dropFirst(entry.prefix.count)).map { $0 >= 0 } == true
        }
    }

    /// The closest known metric name to `name`, for "did you mean".
    public static func suggestion(for name: String) -> String? {
        let candidates = fixed.map(\.name) + perLevel.map { $0.prefix + "0" }
        return candidates.min { editDistance($0, name) < editDistance($1, name) }
    }
}

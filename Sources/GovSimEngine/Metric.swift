/// Every metric a replication can report, by the name users' scripts and claims know it by.
///
/// The raw values are a contract (`metrics.json`, `metrics.csv`, claims, sweeps), so names are only
/// ever added. This is the one place a metric's name is written; what it means and how it is shown
/// is in ``MetricRegistry``. The order of the cases is the order of the files' rows.
public enum Metric: String, CaseIterable, Sendable {
    case turnaroundMean = "turnaround.mean"
    case turnaroundP50 = "turnaround.p50"
    case turnaroundP90 = "turnaround.p90"
    case turnaroundP99 = "turnaround.p99"
    case turnaroundWait = "turnaround.wait"
    case turnaroundWork = "turnaround.work"
    case turnaroundTransit = "turnaround.transit"
    case decisionTimeMean = "decision_time.mean"
    case casesArrived = "cases.arrived"
    case casesCompleted = "cases.completed"
    case casesBacklog = "cases.backlog"
    case casesInSystemMean = "cases.in_system.mean"
    case throughput = "throughput"
    case messagesPerCase = "messages.per_case"
    case hopsPerCase = "hops.per_case"
    case utilisationMax = "utilisation.max"
    case fidelityAtDecision = "fidelity.at_decision"
    case fidelityAtFrontLine = "fidelity.at_front_line"
    case decisionsAccuracy = "decisions.accuracy"
    case costPerCase = "cost.per_case"
    case staffTotal = "staff.total"
    case tripsPerCase = "trips.per_case"
    case turnaroundTravel = "turnaround.travel"
    case incidentsBuckPassing = "incidents.buck_passing"
    case incidentsCorruption = "incidents.corruption"
    case incidentsLeaks = "incidents.leaks"
    case incidentsConflicts = "incidents.conflicts"
    case satisfactionMean = "satisfaction.mean"
    case shockDetection = "shock.detection"
    case shockResponseMean = "shock.response.mean"
    case shockResponseLast = "shock.response.last"
    case shockCasesCompleted = "shock.cases.completed"
    case backlogGrowth = "backlog.growth"

    /// True for the metrics only a scenario with shocks reports.
    public var needsShocks: Bool {
        switch self {
        case .shockDetection, .shockResponseMean, .shockResponseLast, .shockCasesCompleted: true
        default: false
        }
    }

    /// Metrics that exist once per level k of the hierarchy (k = 0 is the top): `utilisation.level.0`.
    public enum PerLevel: String, CaseIterable, Sendable {
        case utilisation = "utilisation.level."
        case decisions = "decisions.level."
        case wait = "wait.level."

        /// The metric's name on `level`.
        public func name(level: Int) -> String { rawValue + String(level) }

        /// The family and level of a per-level name (`"decisions.level.2"` → (.decisions, 2)): the one
        /// parser of per-level names.
        public static func parse(_ name: String) -> (family: PerLevel, level: Int)? {
            for family in allCases where name.hasPrefix(family.rawValue) {
                let digits = name.dropFirst(family.rawValue.count)
                // Only the form the Recorder writes: "level.03" or "level.+3" would never be measured.
                guard let level = Int(digits), level >= 0, String(level) == digits else { return nil }
                return (family, level)
            }
            return nil
        }
    }
}

import GovSimModel

/// The one definition of every metric: what it means, what kind of number it is, which way is
/// better, whether it needs a steady state, how it is shown and where it ranks for a class. The
/// Recorder emits exactly these metrics (a test checks both directions); the console table, the
/// reports, the charts, the CSV and JSON order, `explain`, claims, sweeps and the schema's metric
/// list all read them from here.
public enum MetricRegistry {
    /// The definition of each fixed metric, in ``Metric``'s order.
    public static func definition(_ metric: Metric) -> MetricDefinition { fixed[metric]! }

    /// The definition of any metric name, per-level names included (their meaning names the level);
    /// nil for a name no run reports.
    public static func definition(named name: String) -> MetricDefinition? {
        if let metric = Metric(rawValue: name) { return definition(metric) }
        guard let (family, level) = Metric.PerLevel.parse(name), let entry = perLevel[family] else { return nil }
        return MetricDefinition(
            name: name, meaning: entry.meaning.replacingOccurrences(of: "level k", with: "level \(level)"),
            kind: entry.kind, better: entry.better, needsSteadyState: entry.needsSteadyState, digits: entry.digits,
            headlineRank: level == 0 ? entry.headlineRank : nil, charted: level == 0 && entry.charted)
    }

    /// The definition of a per-level family, with "level k" in its meaning.
    public static func definition(_ family: Metric.PerLevel) -> MetricDefinition { perLevel[family]! }

    /// True when `name` is a metric some run can report.
    public static func isKnown(_ name: String) -> Bool { definition(named: name) != nil }

    /// "no metric is named "x"; did you mean "y"?" for an unknown name, nil for a known one.
    public static func unknownNameMessage(_ name: String) -> String? {
        guard !isKnown(name) else { return nil }
        return "no metric is named \"\(name)\"" + (suggestion(for: name).map { "; did you mean \"\($0)\"?" } ?? "")
    }

    /// True for metrics measured in the scenario's time unit.
    public static func isTime(_ name: String) -> Bool { definition(named: name)?.kind == .time }

    /// The closest known metric name to `name`, for "did you mean".
    public static func suggestion(for name: String) -> String? {
        let candidates = Metric.allCases.map(\.rawValue) + Metric.PerLevel.allCases.map { $0.name(level: 0) }
        return candidates.min { editDistance($0, name) < editDistance($1, name) }
    }

    /// The metrics a class reads first, in order (per-level ones on level 0).
    public static let headline: [String] = {
        let fixedRanks = Metric.allCases.compactMap { metric in fixed[metric]!.headlineRank.map { ($0, metric.rawValue) } }
        let levelRanks = Metric.PerLevel.allCases.compactMap { family in perLevel[family]!.headlineRank.map { ($0, family.name(level: 0)) } }
        return (fixedRanks + levelRanks).sorted { $0.0 < $1.0 }.map(\.1)
    }()

    /// The headline metrics the comparison chart draws.
    public static var charted: [String] { headline.filter { definition(named: $0)!.charted } }

    /// `names` in the files' order: fixed metrics in ``Metric``'s order, then per-level metrics by
    /// family name and level.
    public static func ordered(_ names: some Sequence<String>) -> [String] {
        let present = Set(names)
        let fixedNames = Metric.allCases.map(\.rawValue).filter(present.contains)
        let levelNames = present.compactMap { name in Metric.PerLevel.parse(name).map { (name, $0.family.rawValue, $0.level) } }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.2 < $1.2 }.map(\.0)
        return fixedNames + levelNames
    }

    private static func time(_ metric: Metric, _ meaning: String, rank: Int? = nil, charted: Bool = false) -> MetricDefinition {
        MetricDefinition(name: metric.rawValue, meaning: meaning, kind: .time, better: .lower, needsSteadyState: true,
                         headlineRank: rank, charted: charted)
    }

    private static func entry(_ metric: Metric, _ meaning: String, _ kind: MetricDefinition.Kind, _ better: MetricDefinition.Better,
                              steady: Bool, rank: Int? = nil, charted: Bool = false) -> MetricDefinition {
        MetricDefinition(name: metric.rawValue, meaning: meaning, kind: kind, better: better, needsSteadyState: steady,
                         headlineRank: rank, charted: charted)
    }

    private static let fixed: [Metric: MetricDefinition] = {
        let all = [
            time(.turnaroundMean, "mean time from a case's arrival until the citizen is told", rank: 0, charted: true),
            time(.turnaroundP50, "median turnaround"),
            time(.turnaroundP90, "90th percentile of turnaround", rank: 1, charted: true),
            time(.turnaroundP99, "99th percentile of turnaround"),
            time(.turnaroundWait, "mean time a case spent queueing", rank: 3),
            time(.turnaroundWork, "mean time a case was being worked on", rank: 4),
            time(.turnaroundTransit, "mean time a case spent crossing links", rank: 5),
            time(.decisionTimeMean, "mean time from arrival until the decision was taken", rank: 2),
            entry(.casesArrived, "cases that arrived in the measured window", .count, .neither, steady: false),
            entry(.casesCompleted, "of those, cases completed by the horizon", .count, .higher, steady: false, rank: 17),
            entry(.casesBacklog, "cases still open at the horizon", .count, .lower, steady: false, rank: 18),
            entry(.casesInSystemMean, "time-average number of open cases (Little's L)", .count, .lower, steady: true),
            entry(.throughput, "measured cases completed per time unit", .rate, .higher, steady: false),
            entry(.messagesPerCase, "transmissions between units per completed case", .perCase, .lower, steady: false, rank: 7, charted: true),
            entry(.hopsPerCase, "services (unit visits) per completed case", .perCase, .lower, steady: false, rank: 6, charted: true),
            entry(.utilisationMax, "utilisation of the busiest unit: the bottleneck", .share, .lower, steady: false, rank: 9, charted: true),
            entry(.fidelityAtDecision, "share of a case's information left when it was decided", .share, .higher, steady: false,
                  rank: 10, charted: true),
            entry(.fidelityAtFrontLine, "share of the decision's content left when the answer reaches the citizen", .share, .higher,
                  steady: false),
            entry(.decisionsAccuracy, "share of decisions that were right", .share, .higher, steady: false, rank: 11),
            entry(.costPerCase, "staff cost of the measured window per completed case", .money, .lower, steady: true,
                  rank: 14, charted: true),
            entry(.staffTotal, "headcount", .count, .neither, steady: false, rank: 19),
            entry(.tripsPerCase, "times the citizen travelled to an office per case", .perCase, .lower, steady: false, rank: 13),
            time(.turnaroundTravel, "mean time the citizen spent travelling"),
            entry(.incidentsBuckPassing, "cases passed back by an intermediate unit, per 1,000 cases", .perThousand, .lower, steady: false),
            entry(.incidentsCorruption, "waste or corruption incidents, per 1,000 cases", .perThousand, .lower, steady: false),
            entry(.incidentsLeaks, "leaks of a case's data, per 1,000 cases", .perThousand, .lower, steady: false),
            entry(.incidentsConflicts, "conflicting directives from two superiors, per 1,000 cases", .perThousand, .lower, steady: false),
            entry(.satisfactionMean, "citizen satisfaction, 0 to 1, from turnaround, trips and a right decision", .share, .higher,
                  steady: true, rank: 12),
            time(.shockDetection, "time from a shock's start until the top learns of it (scenarios with shocks)", rank: 15),
            time(.shockResponseMean, "mean turnaround of a shock's cases", rank: 16),
            time(.shockResponseLast, "time from a shock's start until its last case is answered"),
            entry(.shockCasesCompleted, "shock cases answered by the horizon", .count, .higher, steady: false),
            entry(.backlogGrowth, "growth of the open cases over the second half of the measured window, as a share of the "
                  + "cases that arrived in it: about 0 in a steady state", .change, .lower, steady: false),
        ]
        return Dictionary(uniqueKeysWithValues: all.map { (Metric(rawValue: $0.name)!, $0) })
    }()

    private static let perLevel: [Metric.PerLevel: MetricDefinition] = [
        .utilisation: MetricDefinition(name: Metric.PerLevel.utilisation.rawValue + "k", meaning: "busy share of the staff on level k",
                                       kind: .share, better: .neither, needsSteadyState: false, headlineRank: 8, charted: true),
        .decisions: MetricDefinition(name: Metric.PerLevel.decisions.rawValue + "k", meaning: "share of decisions taken on level k",
                                     kind: .share, better: .neither, needsSteadyState: false),
        .wait: MetricDefinition(name: Metric.PerLevel.wait.rawValue + "k", meaning: "mean time a case queued per visit to an office on level k",
                                kind: .time, better: .lower, needsSteadyState: true),
    ]
}

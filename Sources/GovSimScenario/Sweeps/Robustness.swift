import GovSimEngine

/// How robust a run's verdicts are: the scenario's declared sweep over its key assumptions, run
/// with the scenario's own seed and replications, and every claim judged at every point of it.
public struct Robustness: Sendable {
    public let definition: SweepDefinition
    public let verdicts: SweepVerdicts

    /// Runs the sweep `scenario` declares (nil when it declares none), on up to `threads` threads.
    public static func run(_ scenario: Scenario, threads: Int? = nil,
                           progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws(SweepError) -> Robustness? {
        guard scenario.sweep != nil, scenario.document != nil else { return nil }
        let plan = try SweepPlan(base: scenario, overrides: RunOverrides(replications: scenario.replications,
                                                                          horizon: scenario.length.horizon))
        var results = SweepResults()
        _ = try SweepRunner(plan: plan).run(&results, options: SweepRunner.Options(threads: threads, progress: progress))
        return Robustness(definition: plan.definition, verdicts: SweepVerdicts(plan.definition, results))
    }

    /// "the arrival rate from 0.5 to 1.5 and variants[1].policy.delegation from 0 to 2".
    public var range: String {
        definition.parameters.enumerated().map { index, name in
            let values = definition.points.map { $0[index] }
            let low = values.min() ?? .nan, high = values.max() ?? .nan
            return low == high ? "\(name) = \(FieldReader.format(low))"
                : "\(name) from \(FieldReader.format(low)) to \(FieldReader.format(high))"
        }.joined(separator: " and ")
    }

    /// The tally of claim `id` ("supported at 7 of 9 points; unstable at 2"), nil for a claim the
    /// sweep does not judge.
    public func summary(claim id: String) -> String? {
        definition.claims.firstIndex { $0.id == id }.map { verdicts.summary(claim: $0) }
    }
}

import GovSimEngine

/// What a run says about a claim: the verdict, the effect behind it and each side's figures.
public struct ClaimResult: Sendable {
    public let claim: Claim
    public let verdict: Claim.Verdict
    public let left: MetricSummary
    public let right: MetricSummary
    /// The difference relative to the baseline, in the claimed direction's sign convention of
    /// ``Effect`` (left - right); nil when there was nothing to compare.
    public let effect: Effect?
    /// The variants whose instability made the verdict `unstable`.
    public let unstableVariants: [String]

    /// The data a claim is judged on: each variant's values per metric, one per replication (NaN
    /// where undefined), and the variants without a steady state.
    public struct Evidence: Sendable {
        public var values: [String: [String: [Double]]]
        public var unstable: Set<String>
        public init(values: [String: [String: [Double]]], unstable: Set<String> = []) {
            self.values = values
            self.unstable = unstable
        }

        /// The evidence of one run's variants: every metric's value in every replication.
        public init(_ variants: [VariantResult]) {
            var values: [String: [String: [Double]]] = [:]
            for variant in variants {
                var byMetric: [String: [Double]] = [:]
                for metric in variant.summary.keys { byMetric[metric] = variant.replications.map { $0.metrics[metric] ?? .nan } }
                values[variant.name] = byMetric
            }
            self.init(values: values, unstable: Set(variants.filter { $0.stability.status == .unstable }.map(\.name)))
        }
    }

    /// Judges a claim; nil when an operand names nothing in the evidence.
    ///
    /// Both sides from one run: the paired effect (common random numbers). Against a number: the
    /// one-sample effect. Fewer than two replications with a value give no interval, so they can
    /// neither support nor contradict anything.
    public init?(_ claim: Claim, evidence: Evidence) {
        func values(_ operand: Claim.Operand) -> [Double]? {
            switch operand {
            case .constant(let value): [value]
            case .metric(let variant, let metric): evidence.values[variant]?[metric]
            }
        }
        guard let leftValues = values(claim.expect.left), let rightValues = values(claim.expect.right) else { return nil }
        self.claim = claim
        left = MetricSummary(leftValues)
        right = MetricSummary(rightValues)
        effect = switch (claim.expect.left, claim.expect.right) {
        case (.constant, .constant): nil
        case (.metric, .constant(let value)): Effect.against(leftValues, constant: value)
        case (.constant(let value), .metric): Effect.against(rightValues, constant: value)?.reversed
        case (.metric, .metric): Effect.paired(leftValues, rightValues)
        }
        unstableVariants = [claim.expect.left, claim.expect.right].compactMap { operand in
            guard case .metric(let variant, let metric) = operand, evidence.unstable.contains(variant),
                  MetricRegistry.definition(named: metric)?.needsSteadyState == true else { return nil }
            return variant
        }
        verdict = Self.verdict(claim, effect: effect, unstable: !unstableVariants.isEmpty)
    }

    /// A claim whose metric the run did not report: nothing to judge it on.
    public init(unmeasured claim: Claim) {
        self.claim = claim
        verdict = claim.notTestable != nil ? .notTestable : .inconclusive
        left = MetricSummary([])
        right = MetricSummary([])
        effect = nil
        unstableVariants = []
    }

    /// The rule, in order: declared untestable; a side without a steady state; no interval; then
    /// the effect's interval against the minimum effect m in the claimed direction.
    static func verdict(_ claim: Claim, effect: Effect?, unstable: Bool) -> Claim.Verdict {
        if claim.notTestable != nil { return .notTestable }
        if unstable { return .unstable }
        guard let effect, effect.lower.isFinite, effect.upper.isFinite else { return .inconclusive }
        // In the claimed direction: "<" claims a negative difference.
        let sign = claim.expect.relation == .less ? -1.0 : 1.0
        let low = min(sign * effect.lower, sign * effect.upper), high = max(sign * effect.lower, sign * effect.upper)
        let m = claim.minEffect
        if low >= m, low > 0 { return .supported }
        if high <= -m, high < 0 { return .contradicted }
        if low > -m, high < m { return .negligible }
        return .inconclusive
    }
}

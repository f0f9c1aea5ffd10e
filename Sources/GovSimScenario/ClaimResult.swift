import GovSimEngine

/// What a run says about a claim: the verdict and the figures behind it.
public struct ClaimResult: Sendable {
    public let claim: Claim
    public let verdict: Claim.Verdict
    public let left: MetricSummary
    public let right: MetricSummary

    /// Judges a claim on summaries by variant name; nil when an operand names nothing in them.
    ///
    /// A metric needs at least two replications with a value: one run has no confidence interval,
    /// so it can neither support nor contradict anything.
    public init?(_ claim: Claim, summaries: [String: [String: MetricSummary]]) {
        func summary(_ operand: Claim.Operand) -> MetricSummary? {
            switch operand {
            case .constant(let value): MetricSummary([value])
            case .metric(let variant, let metric): summaries[variant]?[metric]
            }
        }
        guard let left = summary(claim.expect.left), let right = summary(claim.expect.right) else { return nil }
        self.claim = claim
        self.left = left
        self.right = right
        func measured(_ operand: Claim.Operand, _ summary: MetricSummary) -> Bool {
            if case .constant = operand { return true }
            return summary.count >= 2
        }
        guard measured(claim.expect.left, left), measured(claim.expect.right, right) else {
            verdict = .inconclusive
            return
        }
        let below = left.upper < right.lower, above = left.lower > right.upper
        switch claim.expect.relation {
        case .less: verdict = below ? .supported : above ? .contradicted : .inconclusive
        case .greater: verdict = above ? .supported : below ? .contradicted : .inconclusive
        }
    }

    /// A claim whose metric the run did not report: nothing to judge it on.
    public init(unmeasured claim: Claim) {
        self.claim = claim
        verdict = .inconclusive
        left = MetricSummary([])
        right = MetricSummary([])
    }
}

import GovSimEngine

/// `--until-ci`: add replications to a point until every charted metric's 95% confidence
/// interval is within `relative` of its mean, or `maxReplications` is reached.
public struct SweepPrecision: Sendable, Equatable, CustomStringConvertible {
    /// Half-width over |mean|: 0.02 is "within 2%".
    public var relative: Double
    public var maxReplications: Int

    public init(relative: Double, maxReplications: Int) {
        self.relative = relative
        self.maxReplications = maxReplications
    }

    public var description: String { "\(relative) up to \(maxReplications)" }

    /// Fewer replications give no interval worth trusting.
    public static let minimumReplications = 3

    /// True when the summary is precise enough; a metric undefined in every replication (NaN)
    /// cannot get more precise and does not hold the point back.
    public func isMet(_ summary: MetricSummary) -> Bool {
        if summary.count == 0 { return true }
        guard summary.count >= Self.minimumReplications else { return false }
        return summary.halfWidth <= relative * abs(summary.mean)
    }

    /// Replications the interval would need by the usual estimate n·(h/(r·|mean|))², or nil when met.
    func needed(_ summary: MetricSummary) -> Double? {
        guard !isMet(summary) else { return nil }
        guard summary.count >= Self.minimumReplications, summary.mean != 0 else { return .infinity }
        let ratio = summary.halfWidth / (relative * abs(summary.mean))
        return Double(summary.count) * ratio * ratio
    }

    /// The next batch's total for a point that has `current` replications and these summaries:
    /// nil when every summary is met or the cap is reached. It grows by the estimated need, at
    /// least `step` and at most doubling; being computed from results alone, the sequence is the
    /// same on any number of threads and after a resume.
    public func nextTarget(current: Int, step: Int, summaries: [MetricSummary]) -> Int? {
        guard current < maxReplications else { return nil }
        let need = summaries.compactMap(needed).max()
        guard let need else { return nil }
        // A mean near zero makes the need astronomical (1e30 and beyond): past any cap, never converted.
        let wanted = need < Double(maxReplications) ? Int(need.rounded(.up)) : maxReplications
        return min(maxReplications, max(current + step, min(2 * current, wanted)))
    }
}

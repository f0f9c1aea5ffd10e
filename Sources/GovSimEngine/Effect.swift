/// How much one side of a comparison differs from the other, relative to the baseline (the
/// right side), with a 95% confidence interval.
///
/// Variants of one run see the same arrivals (common random numbers), so replication r of one
/// variant and replication r of another are a pair: the interval comes from the per-replication
/// differences, which cancel the shared noise of the workload, not from two separate intervals
/// (which would ignore the pairing and overstate the uncertainty). Against a number, the interval
/// is the one-sample interval of the values minus that number. The difference is divided by the
/// baseline's mean magnitude, taken as fixed (the usual approximation for a ratio of means whose
/// denominator is known much better than the difference); with a zero baseline, by the other
/// side's magnitude.
public struct Effect: Sendable, Hashable {
    /// (left - right) / scale: negative when the left side is smaller.
    public let relative: Double
    public let lower: Double
    public let upper: Double
    /// The magnitude the difference is relative to.
    public let scale: Double
    /// Mean difference left - right, in the metric's own unit.
    public let difference: Double
    /// Pairs (or values) with both sides defined.
    public let count: Int
    /// True when the interval came from paired replications.
    public let paired: Bool

    /// The effect of `left` against `right`, pairing replication r with replication r; nil with
    /// fewer than two pairs where both are defined.
    public static func paired(_ left: [Double], _ right: [Double]) -> Effect? {
        let pairs = zip(left, right).filter { !$0.0.isNaN && !$0.1.isNaN }
        return make(differences: pairs.map { $0.0 - $0.1 }, left: pairs.map(\.0), right: pairs.map(\.1), paired: true)
    }

    /// The effect of `left` against a number.
    public static func against(_ left: [Double], constant: Double) -> Effect? {
        let values = left.filter { !$0.isNaN }
        return make(differences: values.map { $0 - constant }, left: values, right: values.map { _ in constant }, paired: false)
    }

    private static func make(differences: [Double], left: [Double], right: [Double], paired: Bool) -> Effect? {
        guard differences.count >= 2, differences.allSatisfy(\.isFinite) else { return nil }
        let summary = MetricSummary(differences)
        let leftMean = abs(left.reduce(0, +) / Double(left.count))
        let rightMean = abs(right.reduce(0, +) / Double(right.count))
        let scale = rightMean > 0 ? rightMean : leftMean > 0 ? leftMean : 1
        return Effect(relative: summary.mean / scale, lower: summary.lower / scale, upper: summary.upper / scale,
                      scale: scale, difference: summary.mean, count: differences.count, paired: paired)
    }

    /// The effect seen from the other side: a number on the left of a claim compared with a metric.
    public var reversed: Effect {
        Effect(relative: -relative, lower: -upper, upper: -lower, scale: scale, difference: -difference, count: count, paired: paired)
    }
}

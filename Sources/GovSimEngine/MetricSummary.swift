/// One metric across replications: its mean and a 95% confidence interval (Student t).
public struct MetricSummary: Sendable, Hashable {
    public let mean: Double
    public let lower: Double
    public let upper: Double
    /// Replications that gave a defined (non-NaN) value.
    public let count: Int

    /// Summarises values, ignoring NaN (a replication where the metric is undefined).
    public init(_ values: [Double]) {
        let defined = values.filter { !$0.isNaN }
        count = defined.count
        guard !defined.isEmpty else { (mean, lower, upper) = (.nan, .nan, .nan); return }
        let mean = defined.reduce(0, +) / Double(count)
        self.mean = mean
        guard count > 1 else { (lower, upper) = (mean, mean); return }
        let variance = defined.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count - 1)
        let half = StudentT.quantile975(degreesOfFreedom: count - 1) * (variance / Double(count)).squareRoot()
        (lower, upper) = (mean - half, mean + half)
    }

    public var halfWidth: Double { (upper - lower) / 2 }

    private init(mean: Double, lower: Double, upper: Double, count: Int) {
        (self.mean, self.lower, self.upper, self.count) = (mean, lower, upper, count)
    }

    /// The interval cut to the values the metric can take (a t interval of counts near zero
    /// reaches below it); the mean is left as it is.
    public func clamped(to range: ClosedRange<Double>) -> MetricSummary {
        guard lower.isFinite, upper.isFinite else { return self }
        return MetricSummary(mean: mean, lower: max(lower, range.lowerBound), upper: min(upper, range.upperBound), count: count)
    }
}

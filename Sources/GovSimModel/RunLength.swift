/// How long a replication runs and what part of it is measured.
public struct RunLength: Hashable, Sendable {
    /// Simulated time at which the run stops.
    public var horizon: Double
    /// Cases arriving before this are simulated but not measured (the empty start is untypical).
    public var warmup: Double
    /// Cases arriving in the last `cooldown` time units are not measured either, so a short run is
    /// not biased toward the fast cases that happened to finish.
    public var cooldown: Double

    /// Without a `warmup`, the first tenth of the horizon is warm-up.
    public init(horizon: Double, warmup: Double? = nil, cooldown: Double = 0) {
        self.horizon = horizon
        self.warmup = warmup ?? horizon * 0.1
        self.cooldown = cooldown
    }
}

import GovSimModel

/// What the command line may change of a scenario before it runs (`--seed`, `--replications`,
/// `--horizon`): applied by this one function for `run`, `sweep` and the tests alike.
public struct RunOverrides: Sendable, Hashable {
    public var seed: UInt64?
    public var replications: Int?
    /// Simulated time per replication; warm-up and cool-down scale with it.
    public var horizon: Double?

    public init(seed: UInt64? = nil, replications: Int? = nil, horizon: Double? = nil) {
        self.seed = seed
        self.replications = replications
        self.horizon = horizon
    }

    /// Sets what was given on `scenario`; the warm-up and cool-down keep their share of the horizon.
    public func apply(to scenario: inout Scenario) {
        if let seed { scenario.seed = seed }
        if let replications { scenario.replications = replications }
        if let horizon {
            let scale = horizon / scenario.length.horizon
            scenario.length = RunLength(horizon: horizon, warmup: scenario.length.warmup * scale,
                                        cooldown: scenario.length.cooldown * scale)
        }
    }
}

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

    /// What a `--horizon` shorter than the file's does to its shocks: one warning per shock cut off
    /// (nothing when no horizon was given or every shock fits).
    public func warnings(for scenario: Scenario) -> [String] {
        guard let horizon else { return [] }
        return scenario.workload.shocks.enumerated().compactMap { index, shock in
            let end = shock.time + shock.duration
            let path = "workload.shocks[\(index)]"
            let fix = "use --horizon \(FieldReader.format(max(end, shock.time) * 1.5)) or more to see it"
            if shock.time >= horizon {
                return "--horizon \(FieldReader.format(horizon)) ends before \(path) starts (at \(FieldReader.format(shock.time))): "
                    + "the shock never happens and its metrics are not measured; \(fix)"
            }
            if end > horizon {
                return "--horizon \(FieldReader.format(horizon)) cuts \(path) short (it lasts until \(FieldReader.format(end))): "
                    + "its later cases never arrive; \(fix)"
            }
            return nil
        }
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

/// What a scenario file may leave out at its top level, and a question's kind: the decoder's
/// fallbacks. Everything else a file may leave out takes the model's own defaults (``Policy()``,
/// ``UnitAttributes/standard``, ``RunLength``, ``Workload``, ...); `scenarios/schema.json` states
/// the same values, and a test holds it to them.
extension Scenario {
    public static let defaultTimeUnit = "hour"
    public static let defaultHorizon = 1000.0
    public static let defaultReplications = 10
    public static let defaultSeed = 1
}

extension Scenario.Question {
    /// Asked after the run.
    public static let defaultKind = Kind.discuss
}

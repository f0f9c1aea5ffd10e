import GovSimModel

/// Everything one replication of one variant measured.
public struct ReplicationResult: Sendable {
    /// Summary figures by metric name (`turnaround.mean`, `utilisation.level.0`, ...). NaN where a
    /// figure is undefined (no case completed).
    public let metrics: [String: Double]
    /// Share of each unit's staff time spent serving, over the measured window.
    public let unitUtilisation: [Double]
    /// Decisions each unit took in the measured window.
    public let unitDecisions: [Int]
    /// Messages over each unit's link to its superior (both ways), in the measured window and before.
    public let uplinkMessages: [Int]
    /// Messages over each peer link, indexed like ``CompiledModel/peerTargets``.
    public let peerMessages: [Int]
    public let journeys: [Journey]
    public let samples: [TimeSample]
    /// Services completed by the horizon (the benchmark's "events").
    public let services: Int
}

/// The results of one variant: every replication, the summary across them and whether the
/// variant reached a steady state.
public struct VariantResult: Sendable {
    public let name: String
    public let model: CompiledModel
    public let replications: [ReplicationResult]
    public let summary: [String: MetricSummary]
    /// Whether the variant reached a steady state (see ``Stability``).
    public let stability: Stability
    /// What the traffic equations predict before the run: each unit's and level's offered load,
    /// and the waits where the network is product-form; nil when not computed.
    public let offeredLoad: OfferedLoad?

    public init(name: String, model: CompiledModel, replications: [ReplicationResult], offeredLoad: OfferedLoad? = nil) {
        self.name = name
        self.model = model
        self.replications = replications
        let names = Set(replications.flatMap(\.metrics.keys))
        var summary: [String: MetricSummary] = [:]
        for metric in names {
            let values = MetricSummary(replications.map { $0.metrics[metric] ?? .nan })
            summary[metric] = MetricRegistry.definition(named: metric).map { values.clamped(to: $0.kind.range) } ?? values
        }
        self.summary = summary
        self.offeredLoad = offeredLoad
        stability = Stability.assess(structure: model.structure, offeredLoad: offeredLoad?.perUnit, replications: replications)
    }
}

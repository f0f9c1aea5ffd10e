/// The results of one variant: every replication and the summary across them.
public struct VariantResult: Sendable {
    public let name: String
    public let model: CompiledModel
    public let replications: [ReplicationResult]
    public let summary: [String: MetricSummary]

    public init(name: String, model: CompiledModel, replications: [ReplicationResult]) {
        self.name = name
        self.model = model
        self.replications = replications
        let names = Set(replications.flatMap(\.metrics.keys))
        var summary: [String: MetricSummary] = [:]
        for metric in names { summary[metric] = MetricSummary(replications.map { $0.metrics[metric] ?? .nan }) }
        self.summary = summary
    }
}

import GovSimEngine
import GovSimGraphviz
import GovSimModel

/// What one variant of a run measured, read off the engine's results once for every output.
public struct VariantSummary: Sendable {
    /// What one replication measured, for the long-format files.
    public struct Replication: Sendable {
        public let metrics: [String: Double]
        public let samples: [TimeSample]
        public let journeys: [Journey]
    }

    public let name: String
    /// The name as used in file names (`org-<fileName>.svg`), unique within the run.
    public let fileName: String
    public let structure: Structure
    /// The hierarchy the engine compiled, so no output builds it again.
    public let hierarchy: Hierarchy
    public let policy: Policy
    /// Each unit's authority after the policy's delegation.
    public let authority: [Int]
    /// Levels, span, paths, headcount: the structure in figures.
    public let figures: StructureSummary
    /// Each metric across replications.
    public let metrics: [String: MetricSummary]
    public let replications: [Replication]
    /// Per unit and per link, averaged over replications: what the heat-mapped org charts show.
    public let loads: UnitLoads
    /// Whether the variant reached a steady state.
    public let stability: Stability
    /// The traffic equations' prediction before the run (offered load, product-form waits).
    public let offeredLoad: OfferedLoad?

    init(_ result: VariantResult, fileName: String) {
        let model = result.model
        name = result.name
        self.fileName = fileName
        structure = model.structure
        hierarchy = model.hierarchy
        policy = model.policy
        authority = model.initialAuthority.map(Int.init)
        figures = StructureSummary(model.structure, hierarchy: model.hierarchy)
        metrics = result.summary
        replications = result.replications.map { Replication(metrics: $0.metrics, samples: $0.samples, journeys: $0.journeys) }
        loads = UnitLoads(model: model, results: result.replications)
        stability = result.stability
        offeredLoad = result.offeredLoad
    }

    /// True when `metric` needs a steady state this variant does not reach: shown, but marked.
    public func isUnreliable(_ metric: String) -> Bool {
        stability.status == .unstable && MetricRegistry.definition(named: metric)?.needsSteadyState == true
    }

    /// The journeys of the first replication that traced any (empty when none did).
    public var tracedJourneys: [Journey] { replications.first { !$0.journeys.isEmpty }?.journeys ?? [] }

    /// A side-by-side panel of this variant, heat-mapped.
    public var panel: SideBySideChart.Panel {
        SideBySideChart.Panel(name: name, structure: structure, hierarchy: hierarchy, loads: loads)
    }
}

extension UnitLoads {
    /// The mean over `results`, all runs of `model`.
    init(model: CompiledModel, results: [ReplicationResult]) {
        let count = model.unitCount
        let n = Double(max(results.count, 1))
        var utilisation = [Double](repeating: 0, count: count)
        var decisions = utilisation, uplink = utilisation
        var peers: [UnitPair: Double] = [:]
        let targets = model.peerTargets
        for result in results {
            for unit in 0..<min(count, result.unitUtilisation.count) { utilisation[unit] += result.unitUtilisation[unit] / n }
            for unit in 0..<min(count, result.unitDecisions.count) { decisions[unit] += Double(result.unitDecisions[unit]) / n }
            for unit in 0..<min(count, result.uplinkMessages.count) { uplink[unit] += Double(result.uplinkMessages[unit]) / n }
            for unit in 0..<count {
                for edge in model.peerEdges(of: unit) where edge < result.peerMessages.count {
                    peers[UnitPair(unit, Int(targets[edge])), default: 0] += Double(result.peerMessages[edge]) / n
                }
            }
        }
        self.init(utilisation: utilisation, decisions: decisions, uplinkMessages: uplink,
                  peerMessages: peers, replications: results.count)
    }
}

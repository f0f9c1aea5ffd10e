import GovSimEngine
import GovSimGraphviz
import GovSimModel
import GovSimScenario

/// A validated scenario, run briefly, drawn: every accepted input goes through the engine (one
/// replication over a short horizon), the org chart of each variant (DOT text) and one SVG render
/// through Graphviz. Work is capped so each input takes milliseconds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRunChart(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let loaded = try? ScenarioLoader.decode(FuzzSupport.bytes(data, size), file: "fuzz.json",
                                                  limits: FuzzSupport.limits) else { return 0 }
    var scenario = loaded.scenario
    scenario.replications = 1
    scenario.length = RunLength(horizon: 4, warmup: 1)
    let shockCases = scenario.workload.shocks.reduce(0) { $0 + $1.cases }
    let units = scenario.variants.reduce(0) { $0 + $1.structure.units.count }
    let rate = scenario.workload.rateBasis == .total ? scenario.workload.arrivalRate : scenario.workload.arrivalRate * Double(units)
    guard rate * 4 * Double(scenario.variants.count) < 5_000, shockCases < 5_000, units < 600 else { return 0 }
    guard let run = try? ScenarioRun(scenario, threads: 1) else { return 0 }
    for (index, variant) in run.variants.enumerated() {
        guard let graph = try? OrgChart.graph(variant: variant) else { continue }
        _ = DOTEncoder.encode(graph)
        if index == 0, units < 120 { _ = try? ChartRenderer.render(graph, format: .svg) }
    }
    _ = run.claims.count
    return 0
}

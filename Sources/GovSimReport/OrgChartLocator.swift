import GovSimGraphviz
import GovSimModel

/// Which box of an org chart draws a given unit, so the journey page can light it up.
///
/// A large organisation is drawn with alike offices folded into one box, and GovSimGraphviz
/// does not publish its unit-to-box map. It does mark the busiest unit's box as the
/// bottleneck, so a chart built with that unit alone busy names its box. Box ids depend only on
/// the structure and the options, never on the loads, so they match the chart drawn for the page.
enum OrgChartLocator {
    /// Locating costs one chart build per unit; past this size it is skipped.
    static let maxUnits = 200_000

    /// The node id of the box of each of `units` (missing where it cannot be told).
    static func boxes(of units: [Int], structure: Structure, options: OrgChartOptions) -> [Int: String] {
        guard structure.units.count <= maxUnits else { return [:] }
        var found: [Int: String] = [:]
        let zeros = [Double](repeating: 0, count: structure.units.count)
        for unit in Set(units).sorted() where structure.units.indices.contains(unit) {
            var busy = zeros
            busy[unit] = 1
            let loads = UnitLoads(utilisation: busy, decisions: zeros, uplinkMessages: zeros)
            guard let graph = try? OrgChart.graph(structure: structure, loads: loads, options: options) else { continue }
            let marked = graph.allNodes.first { $0.attributes[.color] == .text(Palette.bottleneck) }
            if let marked { found[unit] = marked.id }
        }
        return found
    }
}

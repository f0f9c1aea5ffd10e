import GovSimModel

/// Two or more org charts on one page at the same scale, each in its own frame: the pyramid and
/// the flat organisation of one scenario, seen together.
public enum SideBySideChart {
    public struct Panel: Sendable {
        public var name: String
        public var structure: Structure
        /// The structure's hierarchy when it was built already.
        public var hierarchy: Hierarchy?
        public var loads: UnitLoads?
        public init(name: String, structure: Structure, hierarchy: Hierarchy? = nil, loads: UnitLoads? = nil) {
            self.name = name
            self.structure = structure
            self.hierarchy = hierarchy
            self.loads = loads
        }
    }

    /// One graph, one cluster per panel. A heat map uses one colour scale for all panels.
    public static func graph(_ panels: [Panel], title: String? = nil,
                             options: OrgChartOptions = OrgChartOptions()) throws(GraphvizError) -> Graph {
        guard !panels.isEmpty else { throw .chart("there is nothing to draw side by side") }
        var graph = OrgChart.chartFrame(title: title, subtitle: nil, engine: .dot)
        graph.name = "side_by_side"
        var heat: HeatData?, kinds: Set<Link.Kind> = [], first: OrgChartBuilder?, bottom: (id: String, row: Int)?
        let sharedScale = sharedHeatScale(panels, options: options)
        for (index, panel) in panels.enumerated() {
            var builder = OrgChartBuilder(structure: panel.structure, hierarchy: panel.hierarchy, loads: panel.loads, options: options, prefix: "p\(index)_")
            builder.heatScale = sharedScale
            let parts = try builder.build()
            let label = HTML.text(panel.name).bold().font(size: 16, color: Palette.ink)
                + .lineBreak + HTML.text(parts.subtitle, limit: nil).font(size: 10, color: Palette.muted)
            graph.subgraphs.append(Subgraph(
                id: "cluster_p\(index)", isCluster: true,
                attributes: [.label: .html(label), .labelloc: "t", .color: .text(Palette.frame), .style: "rounded",
                             .margin: 16],
                nodes: parts.nodes, edges: parts.edges, subgraphs: parts.rankGroups))
            heat = heat ?? parts.heat
            kinds.formUnion(parts.linkKinds)
            first = first ?? builder
            if let id = parts.bottom, parts.bottomRow >= (bottom?.row ?? -1) { bottom = (id, parts.bottomRow) }
        }
        if let legend = first?.legend(heat: heat, kinds: kinds, id: "legend", panels: true) {
            OrgChart.place(legend, below: bottom?.id, in: &graph)
        }
        return graph
    }

    /// For counts drawn relative to the largest, the largest over all panels.
    private static func sharedHeatScale(_ panels: [Panel], options: OrgChartOptions) -> Double? {
        guard !options.heat.isAbsolute else { return nil }
        var largest = 0.0
        for panel in panels {
            guard let loads = panel.loads,
                  let tree = try? ChartTree(panel.structure, hierarchy: panel.hierarchy, collapseAbove: options.collapseAbove, maxBoxes: options.maxBoxes)
            else { continue }
            let heat = HeatData(loads: loads, metric: options.heat, structure: panel.structure, tree: tree)
            largest = max(largest, heat.scale)
        }
        return largest > 0 ? largest : nil
    }
}

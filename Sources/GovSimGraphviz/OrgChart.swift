import GovSimModel

/// Org charts: the structure as a top-down tree, peer and other links beside the reporting lines,
/// and (after a run) units coloured by load, lines sized by traffic, the bottleneck marked.
public enum OrgChart {
    /// The chart of `structure`; with `loads`, heat-mapped by `options.heat`. Pass the structure's
    /// `hierarchy` when it was built already (a run's compiled model has it).
    public static func graph(structure: Structure, hierarchy: Hierarchy? = nil, loads: UnitLoads? = nil,
                             options: OrgChartOptions = OrgChartOptions()) throws(GraphvizError) -> Graph {
        let parts = try OrgChartBuilder(structure: structure, hierarchy: hierarchy, loads: loads, options: options, prefix: "").build()
        var graph = chartFrame(title: options.title, subtitle: parts.subtitle, engine: options.engine)
        graph.nodes = parts.nodes
        graph.edges = parts.edges
        graph.subgraphs = parts.rankGroups
        if let legend = parts.legend { place(legend, below: parts.bottom, in: &graph) }
        return graph
    }

    /// A top-down graph with the house style and a title block.
    static func chartFrame(title: String?, subtitle: String?, engine: LayoutEngine) -> Graph {
        var attributes: Attributes = [
            .rankdir: "TB", .nodesep: 0.3, .ranksep: 0.55, .fontname: .text(Palette.font),
            .bgcolor: "white", .pad: 0.3, .charset: "UTF-8", .outputorder: "edgesfirst", .forcelabels: true,
        ]
        var heading: [HTML] = []
        if let title, !title.isEmpty { heading.append(HTML.text(title, limit: 160).bold().font(size: 20, color: Palette.ink)) }
        if let subtitle, !subtitle.isEmpty { heading.append(HTML.text(subtitle, limit: 400).font(size: 12, color: Palette.muted)) }
        if !heading.isEmpty {
            attributes[.label] = .html(HTML.joined(heading, separator: .lineBreak))
            attributes[.labelloc] = "t"
        }
        return Graph(name: "org", engine: engine, attributes: attributes,
                     nodeDefaults: [.fontname: .text(Palette.font), .fontsize: 12, .shape: "box",
                                    .style: "rounded,filled", .color: .text(Palette.line), .penwidth: 1.2,
                                    .margin: "0.12,0.06"],
                     edgeDefaults: [.color: .text(Palette.line), .arrowhead: "none", .penwidth: 1.2,
                                    .fontname: .text(Palette.font), .fontsize: 10])
    }

    /// The legend, hung by invisible edges below the lowest boxes (see ``OrgChartBuilder`` on
    /// why not `rank=sink`).
    static func place(_ legend: Node, below bottom: String?, in graph: inout Graph) {
        graph.nodes.append(legend)
        if let bottom { graph.edges.append(Edge(bottom, legend.id, [.style: "invis"])) }
    }
}

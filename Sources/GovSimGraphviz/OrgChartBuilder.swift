import GovSimText
import GovSimModel

/// Builds the nodes and edges of one org chart; ``OrgChart`` and ``SideBySideChart`` frame them.
struct OrgChartBuilder {
    let structure: Structure
    let hierarchy: Hierarchy?
    let loads: UnitLoads?
    let options: OrgChartOptions
    /// Prefix of every node id, so two charts can share one graph.
    let prefix: String
    /// The value drawn darkest for relative heat metrics, shared between side-by-side panels.
    var heatScale: Double?

    init(structure: Structure, hierarchy: Hierarchy? = nil, loads: UnitLoads?, options: OrgChartOptions, prefix: String) {
        self.structure = structure
        self.hierarchy = hierarchy
        self.loads = loads
        self.options = options
        self.prefix = prefix
    }

    struct Parts {
        var nodes: [Node] = []
        var edges: [Edge] = []
        var rankGroups: [Subgraph] = []
        var legend: Node?
        var subtitle: String
        var heat: HeatData?
        var linkKinds: Set<Link.Kind> = []
        /// The lowest box, which anything drawn below the chart hangs from, and its row.
        var bottom: String?
        var bottomRow = 0
    }

    func build() throws(GraphvizError) -> Parts {
        let tree = try ChartTree(structure, hierarchy: hierarchy, collapseAbove: options.collapseAbove, maxBoxes: options.maxBoxes)
        let heat = loads.map { HeatData(loads: $0, metric: options.heat, structure: structure, tree: tree, scale: heatScale) }
        let links = LinkSummary(structure, tree: tree)
        var parts = Parts(subtitle: subtitle(tree), heat: heat, linkKinds: links.kinds)
        for (index, box) in tree.boxes.enumerated() {
            parts.nodes.append(node(index, box, tree: tree, heat: heat, inside: links.inside[index] ?? [:],
                                    outside: links.peersLeaving[index], isPlatform: links.platforms.contains(index)))
            let children = box.children
            // Stacking relies on dot's rows; other engines place nodes freely.
            if isStacked(children, tree) {
                stack(children, under: index, heat: heat, into: &parts)
            } else {
                parts.edges += children.map { reportingEdge(from: index, to: $0, heat: heat) }
            }
        }
        parts.edges += links.edges.map { edge(for: $0, heat: heat) }
        // Several top units (a ministry and provincial governments) share the top row; without
        // this, a top unit reached only by dotted lines may sink to any row.
        let roots = tree.boxes.indices.filter { tree.boxes[$0].parent == nil && !links.platforms.contains($0) }
        if roots.count > 1 {
            parts.rankGroups.append(Subgraph(id: prefix + "top", attributes: [.rank: "same"], members: roots.map(id)))
        }
        // Platforms and the legend go below the lowest units by invisible edges, not `rank=sink`:
        // dot 2.42 can keep freed virtual edges after ranking a sink set and crash a later
        // layout (valgrind: use after free in decompose, after dot_rank's cleanup).
        // One edge from the lowest box only: edges from every leaf would pull the layout apart.
        let rows = self.rows(tree, platforms: links.platforms)
        if let lowest = rows.indices.filter({ !links.platforms.contains($0) }).max(by: { rows[$0] < rows[$1] }) {
            parts.bottom = id(lowest)
            parts.bottomRow = rows[lowest]
            for platform in tree.boxes.indices where links.platforms.contains(platform) {
                parts.edges.append(Edge(id(lowest), id(platform), [.style: "invis"]))
            }
        }
        parts.legend = legend(heat: heat, kinds: links.kinds, id: prefix + "legend")
        return parts
    }

    func id(_ box: Int) -> String { "\(prefix)b\(box)" }

    /// Whether these siblings hang in a column (see ``OrgChartOptions/stackLeavesFrom``).
    private func isStacked(_ children: [Int], _ tree: ChartTree) -> Bool {
        options.engine == .dot && children.count >= options.stackLeavesFrom
            && children.allSatisfy { tree.boxes[$0].children.isEmpty }
    }

    /// The row dot puts each box on: its level, or further down in a stacked column.
    private func rows(_ tree: ChartTree, platforms: Set<Int>) -> [Int] {
        var rows = [Int](repeating: 0, count: tree.boxes.count)
        for (index, box) in tree.boxes.enumerated() {
            let stacked = isStacked(box.children, tree)
            for (position, child) in box.children.enumerated() { rows[child] = rows[index] + 1 + (stacked ? position : 0) }
        }
        return rows
    }

    private func subtitle(_ tree: ChartTree) -> String {
        let summary = StructureSummary(structure, hierarchy: tree.hierarchy)
        var parts = [NumberFormat.count(summary.units, "unit"), "\(NumberFormat.grouped(summary.headcount)) staff",
                     NumberFormat.count(summary.levels, "level"), "widest span \(NumberFormat.grouped(summary.maxSpan))"]
        if summary.peerLinks > 0 { parts.append(NumberFormat.count(summary.peerLinks, "peer link")) }
        if tree.boxes.contains(where: \.isGroup) { parts.append("alike offices drawn as one box") }
        return parts.joined(separator: " · ")
    }

    // MARK: - Boxes

    private func node(_ index: Int, _ box: ChartTree.Box, tree: ChartTree, heat: HeatData?,
                      inside: [Link.Kind: Int], outside: Int?, isPlatform: Bool) -> Node {
        let unit = structure.units[box.representative]
        var lines: [HTML] = [title(box, unit)]
        var facts: [String] = []
        if box.isGroup, !box.isRemainder, box.perParent != box.units.count {
            facts.append("\(NumberFormat.grouped(box.units.count)) in all")
        }
        let staff = box.units.reduce(0) { $0 + structure.units[$1].staff }
        facts.append("\(NumberFormat.grouped(staff)) staff")
        if !box.isRemainder, let department = unit.department, structure.departments.indices.contains(department) {
            facts.insert(structure.departments[department], at: 0)
        }
        lines.append(HTML.text(facts.joined(separator: " · ")).font(size: 10, color: Palette.muted))
        if let peers = inside[.peer], peers > 0 {
            lines.append(HTML.text("\(NumberFormat.count(peers, "peer link")) among them").font(size: 10, color: Palette.peer))
        }
        if box.isGroup, let peers = outside, peers > 0 {
            lines.append(HTML.text("\(NumberFormat.count(peers, "peer link")) to other boxes").font(size: 10, color: Palette.peer))
        }
        var attributes: Attributes = [.fillcolor: .text(Palette.department(box.isRemainder ? nil : unit.department))]
        if let heat {
            let value = heat.boxValue[index]
            let band = HeatScale.band(heat.share(value))
            attributes[.fillcolor] = .text(Palette.heat[band])
            attributes[.fontcolor] = .text(Palette.ink(onHeat: band))
            let color = Palette.ink(onHeat: band) == Palette.ink ? Palette.muted : "#f4f4f4"
            lines[1] = HTML.text(facts.joined(separator: " · ")).font(size: 10, color: color)
            lines.append(HTML.text(heat.describe(box: index, group: box.isGroup)).font(size: 10, color: Palette.ink(onHeat: band)))
            if heat.bottleneckBox == index {
                attributes[.color] = .text(Palette.bottleneck)
                attributes[.penwidth] = 3.5
                lines.append(HTML.text("BOTTLENECK").bold().font(size: 10, color: band >= 5 ? "#ffffff" : Palette.bottleneck))
            }
        }
        if box.isGroup { attributes[.shape] = "box3d"; attributes[.style] = "filled" }
        if isPlatform, !box.isRemainder { attributes[.shape] = "cylinder"; attributes[.style] = "filled" }
        attributes[.label] = .html(HTML.joined(lines, separator: .lineBreak))
        return Node(id(index), attributes)
    }

    private func title(_ box: ChartTree.Box, _ unit: Unit) -> HTML {
        if box.isRemainder {
            return HTML.text("\(NumberFormat.grouped(box.units.count)) more units below").italic()
        }
        guard box.isGroup else { return HTML.text(unit.name).bold() }
        let each = box.parent.map { _ in box.perParent } ?? box.units.count
        return HTML.text("\(NumberFormat.grouped(each)) × \(ChartTree.stem(unit.name))").bold()
    }

    // MARK: - Lines

    private func reportingEdge(from parent: Int, to child: Int, heat: HeatData?) -> Edge {
        var attributes: Attributes = [.weight: 2]
        if let heat {
            let messages = heat.uplink[child]
            attributes[.penwidth] = .number(heat.penWidth(messages))
            attributes[.tooltip] = .text("\(NumberFormat.short(messages)) messages")
        }
        return Edge(id(parent), id(child), attributes)
    }

    /// Leaves hung one below the other from a vertical line, as paper org charts do, so a unit
    /// with many front offices does not stretch the chart to the width of a wall.
    private func stack(_ children: [Int], under parent: Int, heat: HeatData?, into parts: inout Parts) {
        var above = id(parent)
        for (position, child) in children.enumerated() {
            let joint = "\(id(child))j"
            parts.nodes.append(Node(joint, [.shape: "point", .width: 0.02, .height: 0.02, .style: "filled",
                                            .color: .text(Palette.line)]))
            // The spine carries the messages of every leaf still below it.
            var spine: Attributes = [.weight: 4]
            var tick = reportingEdge(from: parent, to: child, heat: heat)
            tick.from = joint
            if let heat {
                let below = children[position...].reduce(0) { $0 + heat.uplink[$1] }
                spine[.penwidth] = .number(heat.penWidth(below))
            }
            parts.edges.append(Edge(above, joint, spine))
            parts.edges.append(tick)
            parts.rankGroups.append(Subgraph(id: joint + "r", attributes: [.rank: "same"], members: [joint, id(child)]))
            above = joint
        }
    }

    private func edge(for link: LinkSummary.Aggregate, heat: HeatData?) -> Edge {
        var attributes: Attributes = [.constraint: false]
        let count = link.count > 1 ? "\(NumberFormat.grouped(link.count)) " : ""
        switch link.kind {
        case .peer:
            attributes[.color] = .text(Palette.peer)
            attributes[.style] = "dashed"
            // Counts go in the boxes' labels: a label on a line between neighbours hides the line.
            if let heat {
                let messages = heat.peer[LinkSummary.Pair(link.from, link.to)] ?? 0
                attributes[.penwidth] = .number(heat.penWidth(messages, widest: 5))
                attributes[.tooltip] = .text("\(NumberFormat.short(messages)) messages")
            }
        case .skipLevel:
            attributes[.color] = .text(Palette.skipLevel)
            attributes[.arrowhead] = "vee"
            attributes[.penwidth] = 1.6
            if !count.isEmpty { attributes[.xlabel] = .text("\(count)skip-level lines") }
        case .dottedLine:
            attributes[.color] = .text(Palette.dottedLine)
            attributes[.style] = "dotted"
            attributes[.arrowhead] = "empty"
            attributes[.penwidth] = 2
            if !count.isEmpty { attributes[.xlabel] = .text("\(count)dotted lines") }
        default:
            attributes[.color] = .text(Palette.platform)
            attributes[.arrowhead] = "dot"
            attributes[.arrowsize] = 0.6
        }
        // xlabel, not label: dot 2.42 double-frees labelled edges between units of one rank.
        if attributes[.xlabel] != nil { attributes[.fontcolor] = attributes[.color] }
        return Edge(id(link.from), id(link.to), attributes)
    }
}

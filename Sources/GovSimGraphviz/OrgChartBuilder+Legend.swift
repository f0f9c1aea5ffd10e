import GovSimText
import GovSimModel

extension OrgChartBuilder {
    /// A key to the chart: the heat colours with their bands, line widths, the bottleneck frame,
    /// and the styles of the lines beside the reporting lines. `nil` when there is nothing to
    /// explain (a plain tree).
    /// With `panels`, the bottleneck line speaks of every panel rather than naming one unit.
    func legend(heat: HeatData?, kinds: Set<Link.Kind>, id: String, panels: Bool = false) -> Node? {
        var rows: [[HTML.Cell]] = []
        func header(_ text: String) {
            rows.append([HTML.Cell(HTML.text(text).bold().font(size: 11, color: Palette.ink), align: .left, columnSpan: 2)])
        }
        func row(_ key: HTML.Cell, _ text: String) {
            rows.append([key, HTML.Cell(HTML.text(text).font(size: 10, color: Palette.ink), align: .left)])
        }
        if let heat {
            header(heat.metric.legendTitle)
            for (band, name) in HeatScale.bandNames.enumerated() {
                row(HTML.Cell(background: Palette.heat[band], width: 28, height: 14, border: 1, color: Palette.frame), name)
            }
            if heat.widestFlow > 0 {
                row(symbol("━━", Palette.line), "thicker line = more messages (widest: \(NumberFormat.short(heat.widestFlow)))")
            }
            if panels {
                row(symbol("▭", Palette.bottleneck), "red frame: the busiest unit of each chart, when busy 70% or more (bottleneck)")
            } else if let unit = heat.bottleneckUnit {
                let busy = NumberFormat.percent(unit < (loads?.utilisation.count ?? 0) ? loads?.utilisation[unit] ?? 0 : 0)
                row(symbol("▭", Palette.bottleneck), "bottleneck: \(structure.units[unit].name), busy \(busy)")
            }
            if let replications = loads?.replications, replications > 1 {
                row(HTML.Cell(), "mean of \(replications) replications")
            }
        }
        let styles: [(Link.Kind, String, String, String)] = [
            (.peer, "╌╌╌", Palette.peer, "peer link (both ways)"),
            (.skipLevel, "──▶", Palette.skipLevel, "skip-level line to a higher superior"),
            (.dottedLine, "┈┈▷", Palette.dottedLine, "dotted line: a second superior"),
        ]
        let shown = styles.filter { kinds.contains($0.0) }
        let hasOther = kinds.contains(.platform)
        if !shown.isEmpty || hasOther {
            header("Lines")
            row(symbol("───", Palette.line), "reports to (superior above)")
            for style in shown { row(symbol(style.1, style.2), style.3) }
            if hasOther { row(symbol("──●", Palette.platform), "uses a shared platform") }
        }
        guard !rows.isEmpty else { return nil }
        let table = HTML.table(rows, border: 1, cellSpacing: 2, cellPadding: 3, background: "#fafafa", color: Palette.frame)
        return Node(id, [.shape: "plain", .label: .html(table), .style: "solid"])
    }

    private func symbol(_ glyphs: String, _ color: String) -> HTML.Cell {
        HTML.Cell(HTML.text(glyphs).bold().font(size: 11, color: color), align: .center)
    }
}

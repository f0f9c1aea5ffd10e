import GovSimText
import GovSimModel

/// The path one case took: each office it visited, left to right in order, on the row of its
/// level, so a case climbing a pyramid and coming back down draws a mountain.
public enum JourneyChart {
    /// Which traced case to draw.
    public enum Selection: Sendable, Hashable {
        /// The case with this ordinal (0 = first traced case after warm-up).
        case ordinal(Int)
        /// The completed case with the median turnaround (the lower one of two middles).
        case median
    }

    /// Horizontal and vertical distance between hops, in inches.
    static let step = (x: 2.5, y: 1.25)

    /// The chart of one of `journeys`, all traced in `structure` (whose `hierarchy` may be passed
    /// when it was built already).
    public static func graph(journeys: [Journey], structure: Structure, hierarchy: Hierarchy? = nil, selection: Selection = .median,
                             timeUnit: String = "hour", title: String? = nil) throws(GraphvizError) -> Graph {
        let journey = try select(selection, from: journeys)
        let hierarchy = if let hierarchy { hierarchy } else { try ChartTree.hierarchy(of: structure) }
        guard journey.visits.allSatisfy({ structure.units.indices.contains($0.unit) }) else {
            throw .chart("the journey names units this structure does not have; chart it with the structure it ran on")
        }
        var graph = OrgChart.chartFrame(title: title ?? "Journey of case \(journey.ordinal + 1)",
                                        subtitle: subtitle(journey, selection: selection,
                                                          traced: journeys.filter { $0.turnaround != nil }.count, unit: timeUnit),
                                        engine: .neato)
        graph.name = "journey"
        graph.attributes[.splines] = "true"
        graph.attributes[.notranslate] = false
        let levels = journey.visits.map { Int(hierarchy.level[$0.unit]) }
        let longest = journey.visits.map { $0.wait + $0.work }.max() ?? 0
        for (hop, visit) in journey.visits.enumerated() {
            let decided = hop == journey.decisionVisit
            graph.nodes.append(hopNode(hop, visit, level: levels[hop], decided: decided, longest: longest,
                                       structure: structure, unit: timeUnit))
            if hop > 0 { graph.edges.append(hopEdge(hop, journey.visits[hop - 1], visit, unit: timeUnit)) }
        }
        for level in Set(levels).sorted() {
            let example = zip(levels, journey.visits).first { $0.0 == level }.map { structure.units[$0.1.unit].name } ?? ""
            let label = HTML.text("Level \(level)", limit: nil).bold().font(size: 11, color: Palette.muted)
                + .lineBreak + HTML.text(ChartTree.stem(example)).font(size: 10, color: Palette.muted)
            graph.nodes.append(Node("level\(level)", [.shape: "plain", .style: "solid", .label: .html(label),
                                                      .pos: .text(position(column: -0.9, level: level))]))
        }
        return graph
    }

    static func select(_ selection: Selection, from journeys: [Journey]) throws(GraphvizError) -> Journey {
        switch selection {
        case .ordinal(let ordinal):
            guard let found = journeys.first(where: { $0.ordinal == ordinal }) else {
                throw .chart("no traced case has number \(ordinal + 1); \(journeys.count) cases were traced")
            }
            guard !found.visits.isEmpty else { throw .chart("case \(ordinal + 1) was never served before the run ended") }
            return found
        case .median:
            let done = journeys.filter { $0.turnaround != nil && !$0.visits.isEmpty }
                .sorted { ($0.turnaround ?? 0, $0.ordinal) < ($1.turnaround ?? 0, $1.ordinal) }
            guard !done.isEmpty else { throw .chart("no traced case was completed, so there is no median journey") }
            return done[(done.count - 1) / 2]
        }
    }

    private static func position(column: Double, level: Int) -> String {
        "\(DOTEscaping.number(column * step.x)),\(DOTEscaping.number(-Double(level) * step.y))!"
    }

    private static func subtitle(_ journey: Journey, selection: Selection, traced: Int, unit: String) -> String {
        let wait = journey.visits.reduce(0) { $0 + $1.wait }, work = journey.visits.reduce(0) { $0 + $1.work }
        var parts: [String] = []
        if selection == .median { parts.append("median of \(NumberFormat.count(traced, "completed traced case"))") }
        if let total = journey.turnaround {
            // Sums of floating-point times leave crumbs like 1e-15 where nothing was in transit.
            let rest = total - wait - work
            let transit = rest > 1e-9 * max(total, 1) ? rest : 0
            parts.append("\(NumberFormat.short(total)) \(unit)s in all: waiting \(NumberFormat.short(wait)), working \(NumberFormat.short(work)), in transit \(NumberFormat.short(transit))")
        } else {
            parts.append("not finished when the run ended")
        }
        parts.append(NumberFormat.count(journey.visits.count, "office"))
        return parts.joined(separator: " · ")
    }

    private static func hopNode(_ hop: Int, _ visit: Journey.Visit, level: Int, decided: Bool, longest: Double,
                                structure: Structure, unit: String) -> Node {
        let office = structure.units[visit.unit]
        let barWidth = 120.0
        func width(_ time: Double) -> Int { longest > 0 ? Int((time / longest * barWidth).rounded()) : 0 }
        var bar: [HTML.Cell] = []
        if width(visit.wait) > 0 { bar.append(HTML.Cell(background: "#bdbdbd", width: width(visit.wait), height: 8)) }
        if width(visit.work) > 0 { bar.append(HTML.Cell(background: "#3182bd", width: width(visit.work), height: 8)) }
        // Graphviz stretches a table to its cell; a filler keeps the two parts touching.
        let filler = Int(barWidth) - width(visit.wait) - width(visit.work)
        if filler > 0, !bar.isEmpty { bar.append(HTML.Cell(width: filler, height: 8)) }
        // An HTML label is text or one table, never both: every line is a row.
        var rows: [[HTML.Cell]] = [
            [HTML.Cell(HTML.text("\(hop + 1). \(office.name)").bold())],
            [HTML.Cell(HTML.text("waited \(NumberFormat.short(visit.wait)) · worked \(NumberFormat.short(visit.work)) \(unit)s", limit: nil)
                .font(size: 10, color: Palette.muted))],
        ]
        if !bar.isEmpty { rows.append([HTML.Cell(HTML.table([bar], cellPadding: 0))]) }
        if decided { rows.append([HTML.Cell(HTML.text("decided here").bold().font(size: 10, color: Palette.bottleneck))]) }
        var attributes: Attributes = [.label: .html(HTML.table(rows, cellPadding: 1)),
                                      .fillcolor: .text(Palette.department(office.department)),
                                      .pos: .text(position(column: Double(hop), level: level))]
        if decided { attributes[.color] = .text(Palette.bottleneck); attributes[.penwidth] = 2.5 }
        return Node("hop\(hop)", attributes)
    }

    private static func hopEdge(_ hop: Int, _ previous: Journey.Visit, _ visit: Journey.Visit, unit: String) -> Edge {
        let transit = visit.arrived - (previous.arrived + previous.wait + previous.work)
        var attributes: Attributes = [.arrowhead: "normal", .penwidth: 1.6]
        if transit > 0.0005 { attributes[.label] = .text("\(NumberFormat.short(transit)) \(unit)s") }
        return Edge("hop\(hop - 1)", "hop\(hop)", attributes)
    }
}

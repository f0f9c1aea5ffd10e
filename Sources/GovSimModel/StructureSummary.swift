import Foundation

/// The structural figures of an organisation: what an org chart shows at a glance, in numbers.
public struct StructureSummary: Sendable, Hashable {
    public let units: Int
    public let headcount: Int
    public let levels: Int
    public let frontLineUnits: Int
    public let departments: Int
    /// Largest number of direct subordinates of one unit.
    public let maxSpan: Int
    /// Mean number of direct subordinates over units that have any.
    public let meanSpan: Double
    /// Levels a report climbs from the front line to the top, averaged over front-line units.
    public let meanPathToTop: Double
    public let peerLinks: Int
    public let skipLevelLinks: Int
    public let dottedLines: Int
    /// Graicunas's count of relationships a manager with the widest span must handle:
    /// n (2^(n-1) + n - 1) for n subordinates (Graicunas 1933). Grows so fast it is a Double.
    public let graicunasRelationships: Double

    public init(_ structure: Structure, hierarchy: Hierarchy) {
        units = structure.units.count
        headcount = structure.headcount
        levels = hierarchy.maxLevel + 1
        let frontLine = hierarchy.frontLine
        frontLineUnits = frontLine.count
        departments = structure.departments.count
        let spans = hierarchy.subordinates.map(\.count).filter { $0 > 0 }
        maxSpan = spans.max() ?? 0
        meanSpan = spans.isEmpty ? 0 : Double(spans.reduce(0, +)) / Double(spans.count)
        meanPathToTop = frontLine.isEmpty ? 0
            : Double(frontLine.reduce(0) { $0 + Int(hierarchy.level[Int($1)]) }) / Double(frontLine.count)
        peerLinks = structure.links.filter { $0.kind == .peer }.count
        skipLevelLinks = structure.links.filter { $0.kind == .skipLevel }.count
        dottedLines = structure.links.filter { $0.kind == .dottedLine }.count
        let n = Double(maxSpan)
        graicunasRelationships = n * (pow(2, max(n - 1, 0)) + n - 1)
    }

    /// Name and value pairs, in a fixed order, for tables and JSON.
    public var fields: [(name: String, value: Double)] {
        [("units", Double(units)), ("headcount", Double(headcount)), ("levels", Double(levels)),
         ("front_line_units", Double(frontLineUnits)), ("departments", Double(departments)),
         ("max_span", Double(maxSpan)), ("mean_span", meanSpan), ("mean_path_to_top", meanPathToTop),
         ("peer_links", Double(peerLinks)), ("skip_level_links", Double(skipLevelLinks)),
         ("dotted_lines", Double(dottedLines)), ("graicunas_relationships", graicunasRelationships)]
    }
}

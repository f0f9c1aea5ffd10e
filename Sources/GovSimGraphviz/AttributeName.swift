/// The Graphviz attributes this module may write: a closed list.
///
/// Some Graphviz attributes read files from disk (`image`, `shapefile`, `fontpath`, `imagepath`,
/// `stylesheet`), so attribute names are never taken from users: only these cases exist.
public enum AttributeName: String, CaseIterable, Comparable, Hashable, Sendable {
    case arrowhead, arrowsize, arrowtail, bgcolor, center, charset, color, constraint, dir, dpi
    case fillcolor, fixedsize, fontcolor, fontname, fontsize, forcelabels, height, label, labeljust
    case labelloc, margin, minlen, newrank, nodesep, notranslate, ordering, outputorder, overlap, pad
    case penwidth, peripheries, pos, rank, rankdir, ranksep, sep, shape, splines, style, tooltip
    case weight, width, xlabel

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

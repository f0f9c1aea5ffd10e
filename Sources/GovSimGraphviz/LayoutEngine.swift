/// Layout programs of Graphviz that this module may call.
public enum LayoutEngine: String, CaseIterable, Hashable, Sendable {
    /// Layered: hierarchies, trees, anything with a direction.
    case dot
    /// Spring model: honours pinned positions (`pos` with `!`), used for the journey chart.
    case neato
    /// Force-directed: networks without levels.
    case fdp
}

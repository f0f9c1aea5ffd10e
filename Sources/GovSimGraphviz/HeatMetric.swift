import GovSimModel

/// Which measurement colours a heat-mapped org chart.
public enum HeatMetric: String, CaseIterable, Sendable, Hashable {
    /// Busy share of the unit's staff: where the queue builds up.
    case utilisation
    /// Decisions the unit took: where authority is used.
    case decisions
    /// Messages over the unit's lines (up, down and to peers): where information flows.
    case traffic

    var legendTitle: String {
        switch self {
        case .utilisation: "Utilisation: share of staff time busy"
        case .decisions: "Decisions taken per unit (share of the most)"
        case .traffic: "Messages handled per unit (share of the most)"
        }
    }

    /// Utilisation is an absolute share; the counts are drawn relative to the largest.
    var isAbsolute: Bool { self == .utilisation }
}

/// Something went wrong drawing a chart.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Graphviz itself refused: `stage` is read, layout or render, `message` is its own words.
    case library(stage: String, message: String)
    /// A chart could not be built from its input (no units, a journey that does not exist, ...).
    case chart(String)

    public var description: String {
        switch self {
        case .library(let stage, let message): "Graphviz could not \(stage) the chart: \(message)"
        case .chart(let message): message
        }
    }
}

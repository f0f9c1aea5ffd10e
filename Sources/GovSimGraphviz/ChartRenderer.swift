import Foundation

/// Lays out and renders graphs in process with Graphviz's C library: no `dot` binary.
public enum ChartRenderer {
    /// Resolution of PNG renders: sharp on a projector without huge files.
    public static let pngDPI = 144.0

    /// The chart as bytes in `format`; `engine` overrides the graph's own choice.
    public static func render(_ graph: Graph, format: ChartFormat, engine: LayoutEngine? = nil) throws(GraphvizError) -> Data {
        var graph = graph
        if format == .png { graph.attributes[.dpi] = .number(pngDPI) }
        let dot = DOTEncoder.encode(graph)
        if format == .dot { return Data(dot.utf8) }
        return try GraphvizLibrary.render(dot: dot, engine: (engine ?? graph.engine).rawValue, format: format.rawValue)
    }
}

import Foundation

/// What a chart can be written as.
public enum ChartFormat: String, CaseIterable, Hashable, Sendable {
    /// Our own DOT text, before layout: repeatable byte for byte, for tests and for hand-editing.
    case dot
    case svg
    case png
    case pdf

    public var fileExtension: String { rawValue }

    /// Parses `svg,png` (case-insensitive, spaces ignored); `nil` names the first unknown format.
    public static func list(_ text: String) -> Result<[ChartFormat], UnknownFormat> {
        var formats: [ChartFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = ChartFormat(rawValue: name) else { return .failure(UnknownFormat(name: name)) }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.isEmpty ? .failure(UnknownFormat(name: text)) : .success(formats)
    }

    public struct UnknownFormat: Error, Equatable, Sendable {
        public let name: String
    }
}

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

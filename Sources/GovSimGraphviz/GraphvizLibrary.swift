import CGraphviz
import Foundation

/// The only code that calls Graphviz's C library.
///
/// Graphviz keeps global state (the error stream, the parser, plugin tables) and is not
/// thread-safe: two renders at once crash the process (seen with 2.42 on Linux). Every call goes
/// through ``lock``. Each render builds and frees its own context, so nothing lives between calls,
/// and frees in the only safe order: render data, layout, graph, context.
enum GraphvizLibrary {
    private static let lock = NSLock()

    /// Lays out `dot` with `engine` and renders it in `format` (a Graphviz format name).
    static func render(dot: String, engine: String, format: String) throws(GraphvizError) -> Data {
        lock.lock()
        defer { lock.unlock() }
        // Keep Graphviz's warnings and errors off our stderr; they stay readable via aglasterr.
        agseterr(AGMAX)
        agreseterrors()
        guard let context = gvContext() else { throw GraphvizError.library(stage: "start", message: "gvContext failed") }
        defer { gvFreeContext(context) }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError.library(stage: "read", message: lastError() ?? "the DOT text could not be read")
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, engine) == 0 else {
            throw GraphvizError.library(stage: "layout", message: lastError() ?? "layout with \(engine) failed")
        }
        defer { gvFreeLayout(context, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            throw GraphvizError.library(stage: "render", message: lastError() ?? "rendering as \(format) failed")
        }
        return Data(bytes: buffer, count: Int(length))
    }

    /// Graphviz's last message, without its "Error: " prefix and trailing newline.
    private static func lastError() -> String? {
        guard let raw = aglasterr() else { return nil }
        defer { free(raw) }
        var text = String(cString: raw).trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["Error: ", "Warning: "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        return text.isEmpty ? nil : text
    }
}

import CGraphviz
import Foundation

/// The only code that calls Graphviz's C library.
///
/// Graphviz keeps global state (the error stream, the parser, plugin tables) and is not
/// thread-safe: two renders at once crash the process (seen with 2.42 on Linux). Every call goes
/// through ``lock``. Each render frees what it made in the only safe order: render data, layout,
/// graph. The context is made once and kept: with 2.42, freeing a context and making another
/// leaves the pango plugin comparing font names against freed memory (valgrind: `strcmp` in
/// `textspan_size` on a block freed by `gvFreeContext`), which corrupts the heap a few renders
/// later. It is freed when the process exits.
enum GraphvizLibrary {
    private static let lock = NSLock()
    /// Touched only under ``lock``.
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    /// Lays out `dot` with `engine` and renders it in `format` (a Graphviz format name).
    static func render(dot: String, engine: String, format: String) throws(GraphvizError) -> Data {
        lock.lock()
        defer { lock.unlock() }
        // Keep Graphviz's warnings and errors off our stderr; they stay readable via aglasterr.
        agseterr(AGMAX)
        agreseterrors()
        let context = try self.context()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError.library(stage: "read", message: lastError() ?? "the DOT text could not be read")
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, engine) == 0 else {
            throw GraphvizError.library(stage: "lay out", message: lastError() ?? "layout with \(engine) failed")
        }
        defer { gvFreeLayout(context, graph) }
        // Graphviz carries on after some errors (a malformed HTML label falls back to the node's
        // name); a chart drawn wrong should fail loudly instead.
        if agerrors() >= Int32(AGERR.rawValue) {
            throw GraphvizError.library(stage: "lay out", message: lastError() ?? "layout with \(engine) reported an error")
        }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            throw GraphvizError.library(stage: "render", message: lastError() ?? "rendering as \(format) failed")
        }
        return Data(bytes: buffer, count: Int(length))
    }

    /// The process's context, made on first use; call with ``lock`` held.
    private static func context() throws(GraphvizError) -> OpaquePointer {
        if let sharedContext { return sharedContext }
        guard let made = gvContext() else { throw GraphvizError.library(stage: "start", message: "gvContext failed") }
        sharedContext = made
        atexit {
            GraphvizLibrary.lock.lock()
            if let context = GraphvizLibrary.sharedContext { gvFreeContext(context) }
            GraphvizLibrary.sharedContext = nil
            GraphvizLibrary.lock.unlock()
        }
        return made
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

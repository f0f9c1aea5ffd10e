import Foundation

/// What a command run in process printed on its two outputs, collected from any thread (a
/// sweep's progress comes from its worker threads).
package final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = "", errText = ""

    package init() {}

    package var out: String { lock.withLock { outText } }
    package var err: String { lock.withLock { errText } }
    package func append(out text: String) { lock.withLock { outText += text } }
    package func append(err text: String) { lock.withLock { errText += text } }

    /// Runs `command`, handing it a writer for each output; its exit status and what it wrote.
    /// (The command line module is not a dependency here: each test target builds its `Console`.)
    package static func run(_ command: (_ out: @escaping @Sendable (String) -> Void,
                                        _ err: @escaping @Sendable (String) -> Void) -> Int32) -> (code: Int32, out: String, err: String) {
        let output = CapturedOutput()
        let code = command({ output.append(out: $0) }, { output.append(err: $0) })
        return (code, output.out, output.err)
    }
}

import Foundation

/// A program a test starts: its outputs are read as they come, each on a thread of its own (so
/// a full pipe never stalls it), which lets a test wait until the program says it is ready
/// instead of sleeping for a guessed time, then signal it, then collect what it printed.
/// A program still running when the test lets go of it (a test that threw) is killed.
package final class ChildProcess: @unchecked Sendable {
    /// How the program ended and what it printed.
    package struct Result: Sendable {
        /// The exit status, or the signal's number when a signal ended it.
        package let status: Int32
        package let killedBySignal: Bool
        package let out: String
        package let err: String
    }

    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    private let process = Process()
    private let output = Output()

    /// Starts `arguments[0]` (a path, or a name looked up on the PATH) in `folder`, with this
    /// process's environment changed by `environment` (a nil value removes the variable).
    package init(_ arguments: [String], in folder: String? = nil, environment: [String: String?] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw Failure(description: "cannot start \(arguments.first ?? "nothing"): \(error)") }
        output.drain(out.fileHandleForReading, isError: false)
        output.drain(err.fileHandleForReading, isError: true)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Runs a program to its end.
    package static func run(_ arguments: [String], in folder: String? = nil, environment: [String: String?] = [:]) throws -> Result {
        try ChildProcess(arguments, in: folder, environment: environment).finish()
    }

    /// Sends `signal` (SIGINT for Ctrl-C, SIGKILL) to the program.
    package func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits until the program has written `text` on stderr and returns its stderr so far.
    /// Throws, saying what it printed, when it closes stderr (it ended) first or after `timeout`.
    package func waitForError(containing text: String, timeout: TimeInterval) throws -> String {
        try output.waitForError(containing: text, until: Date(timeIntervalSinceNow: timeout), timeout: timeout)
    }

    /// Waits for the program to end and for both outputs to close.
    package func finish() -> Result {
        process.waitUntilExit()
        let (out, err) = output.whenClosed()
        return Result(status: process.terminationStatus, killedBySignal: process.terminationReason == .uncaughtSignal, out: out, err: err)
    }

    /// What the program wrote so far. The reading threads hold this, not the ChildProcess, so
    /// that letting go of a ChildProcess still kills a program that keeps its outputs open.
    private final class Output: @unchecked Sendable {
        private let condition = NSCondition()
        private var outData = Data(), errData = Data()
        private var errClosed = false
        private var openOutputs = 2

        /// Reads `handle` on a thread of its own until the program closes it.
        func drain(_ handle: FileHandle, isError: Bool) {
            Thread.detachNewThread { [self] in
                while true {
                    let chunk = handle.availableData
                    condition.withLock {
                        if chunk.isEmpty {
                            openOutputs -= 1
                            if isError { errClosed = true }
                        } else if isError {
                            errData.append(chunk)
                        } else {
                            outData.append(chunk)
                        }
                        condition.broadcast()
                    }
                    if chunk.isEmpty { return }
                }
            }
        }

        func waitForError(containing text: String, until deadline: Date, timeout: TimeInterval) throws -> String {
            try condition.withLock {
                while true {
                    let err = String(decoding: errData, as: UTF8.self)
                    if err.contains(text) { return err }
                    if errClosed {
                        throw Failure(description: "the program ended before writing \"\(text)\" on stderr; it wrote: \(err.suffix(1000))")
                    }
                    if !condition.wait(until: deadline) {
                        throw Failure(description: "no \"\(text)\" on stderr within \(timeout) s; it wrote: \(err.suffix(1000))")
                    }
                }
            }
        }

        func whenClosed() -> (out: String, err: String) {
            condition.withLock {
                while openOutputs > 0 { condition.wait() }
                return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
            }
        }
    }
}

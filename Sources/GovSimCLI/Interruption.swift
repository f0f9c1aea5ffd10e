import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM (what Slurm and `kill` send) while a sweep runs: the first asks
/// the sweep to stop after the runs under way, so what completed can be written; a second one
/// ends the process at once, as usual.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "govsim.interruption")

    static let signals: [Int32] = [SIGINT, SIGTERM]

    /// Starts catching the signals; `onRequest` runs (off the main thread) on the first one.
    func install(onRequest: @escaping @Sendable () -> Void = {}) {
        for number in Self.signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [weak self] in
                guard let self else { return }
                let first = self.lock.withLock { () -> Bool in
                    defer { self.requested = true }
                    return !self.requested
                }
                if first {
                    onRequest()
                } else {
                    signal(number, SIG_DFL)
                    raise(number)
                }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Restores the default handling.
    func uninstall() {
        for source in sources { source.cancel() }
        sources.removeAll()
        for number in Self.signals { signal(number, SIG_DFL) }
    }

    /// Asks the work to stop, as a signal would (tests use it).
    func request() { lock.withLock { requested = true } }

    var isRequested: Bool { lock.withLock { requested } }
}

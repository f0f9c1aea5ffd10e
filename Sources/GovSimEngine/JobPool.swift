import Dispatch
import Foundation

/// Runs numbered jobs on a pool of threads, each result in its job's slot: the package's one
/// thread pool, for an experiment's replications and a sweep's (point, replication) pairs.
///
/// Each worker takes the next job number when it is free (not a fixed share): a core slowed by
/// other work then does fewer jobs instead of holding up the rest. Results come back by job
/// number, so they are the same whatever the number of threads and whichever thread ran a job.
package enum JobPool {
    /// Threads for `jobs` jobs: `threads` when given, else every active core; at least one, and
    /// never more than there are jobs.
    static func workers(threads: Int?, jobs: Int) -> Int {
        max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, jobs))
    }

    /// Runs `job(0)`, ..., `job(count - 1)` on up to `threads` threads (default: all cores) and
    /// returns their results by job number.
    ///
    /// - Parameters:
    ///   - isCancelled: checked before each job is taken; once it returns true, jobs under way
    ///     finish and no more start, and the slots of jobs never started are nil.
    ///   - finished: called after each job, on the thread that ran it, with how many jobs have
    ///     finished so far.
    package static func run<Result: Sendable>(
        _ count: Int, threads: Int?, isCancelled: @Sendable () -> Bool = { false },
        finished: @Sendable (Int) -> Void = { _ in }, job: @Sendable (Int) -> Result
    ) -> [Result?] {
        guard count > 0 else { return [] }
        let slots = Slots<Result>(count: count)
        @Sendable func work(_: Int) {
            while !isCancelled(), let index = slots.take() {
                finished(slots.store(job(index), at: index))
            }
        }
        let workers = workers(threads: threads, jobs: count)
        if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
        return slots.values
    }
}

/// Job numbers handed out 0, 1, 2, ... (each once), and the slots their results go to; each slot
/// is written by exactly one job.
private final class Slots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var finished = 0
    private var slots: [Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func take() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// Stores a result; returns how many jobs have finished.
    func store(_ result: Result, at index: Int) -> Int {
        lock.withLock {
            slots[index] = result
            finished += 1
            return finished
        }
    }

    var values: [Result?] { lock.withLock { slots } }
}

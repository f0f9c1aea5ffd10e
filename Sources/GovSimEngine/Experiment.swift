import Dispatch
import Foundation
import GovSimModel

/// Replications of several variants on one workload: the batch runner.
///
/// Replication r of every variant uses the streams of (seed, r), so all variants see the same
/// arrivals (common random numbers), and a result never depends on which thread ran it.
public struct Experiment: Sendable {
    public var variants: [Variant]
    public var workload: Workload
    public var length: RunLength
    public var seed: UInt64
    public var replications: Int
    public var options: RecorderOptions

    public init(variants: [Variant], workload: Workload, length: RunLength, seed: UInt64,
                replications: Int, options: RecorderOptions = RecorderOptions()) {
        self.variants = variants
        self.workload = workload
        self.length = length
        self.seed = seed
        self.replications = replications
        self.options = options
    }

    /// Runs every (variant, replication) pair on up to `threads` threads (default: all cores).
    public func run(threads: Int? = nil) throws(StructureError) -> [VariantResult] {
        var compiled: [CompiledModel] = []
        for variant in variants { compiled.append(try CompiledModel(structure: variant.structure, policy: variant.policy)) }
        let models = compiled
        let jobs = variants.count * replications
        let results = ResultSlots(count: jobs)
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, jobs))
        // Each worker takes the next job when it is free (not a fixed share): a core slowed by
        // other work then does fewer jobs instead of holding up the rest.
        let next = JobCounter()
        let work: @Sendable (Int) -> Void = { _ in
            while let job = next.take(below: jobs) {
                let variant = job / replications, replication = job % replications
                var simulation = Simulation(model: models[variant], workload: workload, length: length,
                                            seed: seed, replication: replication, options: options)
                results.store(simulation.run(), at: job)
            }
        }
        if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
        let all = results.values
        return variants.indices.map { variant in
            VariantResult(name: variants[variant].name, model: models[variant],
                          replications: Array(all[(variant * replications)..<((variant + 1) * replications)]))
        }
    }
}

/// Hands out job numbers 0, 1, 2, ... to worker threads, each number once.
private final class JobCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard next < limit else { return nil }
            defer { next += 1 }
            return next
        }
    }
}

/// Slots that worker threads fill by job index; each slot is written by exactly one job.
final class ResultSlots: @unchecked Sendable {
    private var slots: [ReplicationResult?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: ReplicationResult, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    var values: [ReplicationResult] { lock.withLock { slots.compactMap { $0 } } }
}

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

    /// Runs every (variant, replication) pair on up to `threads` threads (default: all cores),
    /// in one ``JobPool``.
    ///
    /// Before any replication runs, the traffic equations give every variant's offered load;
    /// `beforeRunning` sees them then (to name a saturated office before a single event runs).
    public func run(threads: Int? = nil,
                    beforeRunning: (([OfferedLoad]) -> Void)? = nil) throws(StructureError) -> [VariantResult] {
        let models = try compiledModels()
        let loads = models.map { $0.offeredLoad(workload) }
        beforeRunning?(loads)
        let replications = replications
        let results = JobPool.run(variants.count * replications, threads: threads) { job in
            run(variant: job / replications, replication: job % replications, models: models)
        }.compactMap { $0 }   // none is missing: nothing cancels the pool
        return variants.indices.map { variant in
            VariantResult(name: variants[variant].name, model: models[variant],
                          replications: Array(results[(variant * replications)..<((variant + 1) * replications)]),
                          offeredLoad: loads[variant])
        }
    }
}

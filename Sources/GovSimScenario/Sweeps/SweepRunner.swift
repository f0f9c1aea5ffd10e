import GovSimEngine

/// Runs a sweep's (point, replication) pairs on all cores: the batch runner of sweeps.
///
/// Every replication of every variant at every point is one job in one pool of threads, taken
/// in a fixed order; each result depends only on its point's seed and its replication, so the
/// results are the same on any number of threads, in any shard, and after a resume.
public struct SweepRunner: Sendable {
    /// A share of the pairs: shard `index` (1-based) of `count`.
    public struct Shard: Sendable, Equatable, CustomStringConvertible {
        public let index: Int
        public let count: Int
        public init(index: Int, count: Int) {
            self.index = index
            self.count = count
        }
        public var description: String { "\(index)-of-\(count)" }

        /// Pairs are dealt round-robin in grid order, so every shard gets some of each point.
        public func contains(_ pair: SweepResults.Pair, replications: Int) -> Bool {
            (pair.point * replications + pair.replication) % count == index - 1
        }
    }

    public struct Options: Sendable {
        public var threads: Int?
        public var shard: Shard?
        /// Checked before every job: when it returns true, jobs under way finish and no more start.
        public var isCancelled: @Sendable () -> Bool
        /// Called after each job with the jobs done (including those found done) and the total
        /// known so far (it grows while replications are added to reach a precision).
        public var progress: @Sendable (_ done: Int, _ total: Int) -> Void

        public init(threads: Int? = nil, shard: Shard? = nil, isCancelled: @escaping @Sendable () -> Bool = { false },
                    progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) {
            self.threads = threads
            self.shard = shard
            self.isCancelled = isCancelled
            self.progress = progress
        }
    }

    public enum Outcome: Sendable, Equatable { case complete, interrupted }

    public let plan: SweepPlan
    let experiments: [Experiment]
    let models: [[CompiledModel]]

    public init(plan: SweepPlan) throws(SweepError) {
        self.plan = plan
        experiments = plan.scenarios.map { $0.experiment() }
        var models: [[CompiledModel]] = []
        for (point, experiment) in experiments.enumerated() {
            do { models.append(try experiment.compiledModels()) } catch { throw SweepError("point \(point): \(error.description)") }
        }
        self.models = models
    }

    /// Runs the pairs not yet in `results` (those of `options.shard` only, when given) and adds
    /// them. With a precision, points get batches of further replications until they meet it.
    /// Stops early when cancelled; `results` then holds every pair completed so far.
    public func run(_ results: inout SweepResults, options: Options = Options()) -> Outcome {
        let definition = plan.definition
        let first = definition.precision.map { _ in max(definition.replications, SweepPrecision.minimumReplications) } ?? definition.replications
        var targets = Array(repeating: first, count: experiments.count)
        var open = Array(repeating: true, count: experiments.count)
        let variants = definition.variants.count
        while true {
            let wanted = experiments.indices.flatMap { point in
                (0..<targets[point]).map { SweepResults.Pair(point: point, replication: $0) }
                    .filter { options.shard?.contains($0, replications: definition.replications) ?? true }
            }
            let pending = wanted.filter { open[$0.point] && !results.contains($0) }
            let done = (wanted.count - pending.count) * variants
            if !pending.isEmpty {
                let finished = runPairs(pending, options: options) { options.progress(done + $0, wanted.count * variants) }
                for (pair, metrics) in finished { results.insert(pair, metrics: metrics) }
                if finished.count < pending.count { return .interrupted }
            }
            guard let precision = definition.precision else { return .complete }
            var grew = false
            for point in experiments.indices where open[point] {
                let summaries = (0..<variants).flatMap { variant in
                    definition.metrics.map { results.summary(point: point, variant: variant, metric: $0, replications: Array(0..<targets[point])) }
                }
                if let next = precision.nextTarget(current: targets[point], step: first, summaries: summaries) {
                    targets[point] = next
                    grew = true
                } else {
                    open[point] = false
                }
            }
            if !grew { return .complete }
        }
    }

    /// Runs every variant of each pair in one ``JobPool``; returns the pairs whose variants all completed.
    private func runPairs(_ pairs: [SweepResults.Pair], options: Options,
                          progress: @escaping @Sendable (Int) -> Void) -> [(SweepResults.Pair, [[String: Double]])] {
        let variants = plan.definition.variants.count
        let experiments = self.experiments, models = self.models
        let metrics = JobPool.run(pairs.count * variants, threads: options.threads, isCancelled: options.isCancelled,
                                  finished: progress) { job in
            let pair = pairs[job / variants]
            return experiments[pair.point].run(variant: job % variants, replication: pair.replication,
                                               models: models[pair.point]).metrics
        }
        return pairs.indices.compactMap { index in
            let row = metrics[(index * variants)..<((index + 1) * variants)]
            guard row.allSatisfy({ $0 != nil }) else { return nil }
            return (pairs[index], row.map { $0 ?? [:] })
        }
    }
}

import GovSimModel

/// Running chosen replications of an experiment, one at a time: the job ``run(threads:)`` gives
/// its pool, and what a sweep needs to spread the replications of many experiments over one
/// pool of threads, to add replications in batches, and to run only its shard's share.
extension Experiment {
    /// Every variant's compiled model, built once and shared by all replications.
    public func compiledModels() throws(StructureError) -> [CompiledModel] {
        var models: [CompiledModel] = []
        for variant in variants { models.append(try CompiledModel(structure: variant.structure, policy: variant.policy)) }
        return models
    }

    /// Replication `replication` of variant `variant`: the same result as in ``run(threads:)``,
    /// whatever else runs, in whatever order (its streams derive from the seed and the replication).
    public func run(variant: Int, replication: Int, models: [CompiledModel]) -> ReplicationResult {
        let simulation = Simulation(model: models[variant], workload: workload, length: length, seed: seed,
                                    replication: replication, options: options)
        return simulation.run()
    }
}

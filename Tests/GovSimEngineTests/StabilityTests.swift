import GovSimEngine
import GovSimModel
import Testing

/// A variant without a steady state is named: after the run, from its growing backlog.
@Suite struct StabilityTests {
    static func variant(rate: Double, horizon: Double = 20_000, replications: Int = 4) throws -> VariantResult {
        let structure = Structure(units: [Unit(name: "Desk", service: .exponential(mean: 1))], links: [])
        let workload = Workload(arrivalRate: rate, caseTypes: [CaseType(name: "case", share: 1, decisionClass: 0)])
        let experiment = Experiment(variants: [Variant(name: "v", structure: structure)], workload: workload,
                                    length: RunLength(horizon: horizon), seed: 11, replications: replications)
        return try #require(try experiment.run(threads: 1).first)
    }

    /// The traffic equations name the saturated office before a single event runs.
    @Test func saturatedOfficeIsNamedBeforeTheRun() throws {
        let structure = Structure(units: [Unit(name: "Desk", service: .exponential(mean: 1))], links: [])
        let workload = Workload(arrivalRate: 1.2, caseTypes: [CaseType(name: "case", share: 1, decisionClass: 0)])
        var heard: [OfferedLoad] = []
        // A horizon of zero: no event runs, the loads are heard all the same.
        _ = try Experiment(variants: [Variant(name: "v", structure: structure)], workload: workload,
                           length: RunLength(horizon: 1e-9, warmup: 0), seed: 1, replications: 1).run(threads: 1) { heard = $0 }
        #expect(heard.first?.saturated == [0])
        #expect(abs((heard.first?.perUnit.first ?? 0) - 1.2) < 1e-12)
    }

    /// M/M/1 at utilisation 0.8: stable, and its backlog does not grow on average.
    @Test func stableQueueIsNotFlagged() throws {
        for seedless in [0.5, 0.8, 0.9] {
            let result = try Self.variant(rate: seedless)
            #expect(result.stability.status == .stable, "rho \(seedless): \(result.stability.reasons)")
            #expect(abs(try #require(result.summary["backlog.growth"]).mean) < Stability.growthThreshold)
        }
    }

    /// At utilisation 1.2 the queue grows by about 0.2 / 1.2 = 17% of the arrivals.
    @Test func saturatedOfficeIsFlaggedFromItsBacklog() throws {
        let result = try Self.variant(rate: 1.2)
        #expect(result.stability.status == .unstable)
        #expect(result.stability.unit == "Desk")
        let growth = try #require(result.summary["backlog.growth"]).mean
        #expect(abs(growth - 0.2 / 1.2) < 0.02, "growth \(growth)")
        let percent = Int((growth * 100).rounded())
        #expect(result.stability.reasons == [
            "the traffic equations offer Desk 120% of the work its staff can do",
            "the open cases grew by \(percent)% of the arrivals over the second half of the measured window",
        ])
        #expect(abs((result.stability.maxOfferedLoad ?? 0) - 1.2) < 1e-12)
    }

    /// The metrics that need a steady state are marked by the registry, not hidden: a saturated
    /// run still reports its turnaround, and its growth with the horizon is what the mark warns of.
    @Test func turnaroundOfASaturatedOfficeGrowsWithTheHorizon() throws {
        let short = try #require(try Self.variant(rate: 1.2, horizon: 2_000).summary["turnaround.mean"]).mean
        let long = try #require(try Self.variant(rate: 1.2, horizon: 8_000).summary["turnaround.mean"]).mean
        #expect(long > 3 * short)
        #expect(MetricRegistry.definition(.turnaroundMean).needsSteadyState)
    }
}

import GovSimEngine
import GovSimModel
import Testing

@Suite struct DeterminismTests {
    static func experiment(seed: UInt64) -> Experiment {
        let profiles = (0..<3).map { LevelProfile(name: "L\($0)", service: .exponential(mean: 0.2)) }
        let pyramid = Structure.pyramid(levels: 3, span: 4, profiles: profiles, departments: ["a", "b"])
        let workload = Workload(arrivalRate: 3, caseTypes: [
            CaseType(name: "simple", share: 3, decisionClass: 0),
            CaseType(name: "joint", share: 1, decisionClass: 1, otherDepartments: 1),
        ])
        return Experiment(variants: [Variant(name: "p", structure: pyramid)], workload: workload,
                          length: RunLength(horizon: 500), seed: seed, replications: 6,
                          options: RecorderOptions(journeys: 5, samples: 10))
    }

    static func fingerprint(_ results: [VariantResult]) -> [String] {
        results.flatMap { variant in
            variant.replications.enumerated().flatMap { index, replication in
                replication.metrics.sorted { $0.key < $1.key }.map { "\(index) \($0.key) \($0.value.bitPattern)" }
            }
        }
    }

    @Test func sameSeedGivesIdenticalResults() throws {
        let first = try Self.fingerprint(Self.experiment(seed: 42).run())
        let second = try Self.fingerprint(Self.experiment(seed: 42).run())
        #expect(first == second)
        let other = try Self.fingerprint(Self.experiment(seed: 43).run())
        #expect(first != other)
    }

    @Test func oneThreadAndAllCoresGiveIdenticalResults() throws {
        let serial = try Self.fingerprint(Self.experiment(seed: 9).run(threads: 1))
        let parallel = try Self.fingerprint(Self.experiment(seed: 9).run(threads: 4))
        #expect(serial == parallel)
    }

    @Test func variantsSeeTheSameArrivals() throws {
        // Common random numbers: the arrival stream does not depend on the structure.
        var experiment = Self.experiment(seed: 5)
        let flat = Structure.tree(spans: [2, 8], profiles: (0..<3).map { LevelProfile(name: "F\($0)") },
                                  departments: ["a", "b"])
        experiment.variants.append(Variant(name: "f", structure: flat, policy: Policy(delegation: 1)))
        let results = try experiment.run()
        for replication in 0..<6 {
            #expect(results[0].replications[replication].metrics["cases.arrived"]
                    == results[1].replications[replication].metrics["cases.arrived"])
            let first = results[0].replications[replication].journeys.map(\.arrival)
            let second = results[1].replications[replication].journeys.map(\.arrival)
            #expect(first == second)
        }
    }
}

@Suite struct JourneyTests {
    @Test func journeyRecordsWhereTheCaseWasDecidedNotWhereItEnded() throws {
        // A three-unit chain; every case is decided at the top and relayed back down.
        let profiles = (0..<3).map { LevelProfile(name: "L\($0)", service: .exponential(mean: 0.1)) }
        let chain = Structure.pyramid(levels: 3, span: 1, profiles: profiles)
        let workload = Workload(arrivalRate: 1, caseTypes: [CaseType(name: "c", share: 1, decisionClass: 9)])
        let result = try Experiment(variants: [Variant(name: "v", structure: chain)], workload: workload,
                                    length: RunLength(horizon: 100), seed: 2, replications: 1,
                                    options: RecorderOptions(journeys: 5)).run()
        let journeys = try #require(result.first?.replications.first?.journeys)
        #expect(journeys.count == 5)
        for journey in journeys where journey.completion != nil {
            #expect(journey.decisionUnit == 0)
            #expect(journey.decisionVisit == 2)
            #expect(journey.visits.map(\.unit) == [2, 1, 0, 1, 2])
        }
    }
}

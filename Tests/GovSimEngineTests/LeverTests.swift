import Foundation
import GovSimEngine
import GovSimModel
import Testing

/// Each policy lever isolated on a small structure, against its closed form.
@Suite struct LeverTests {
    static func chain(levels: Int, service: Distribution = .exponential(mean: 0.01)) -> Structure {
        Structure.pyramid(levels: levels, span: 1, profiles: (0..<levels).map { LevelProfile(name: "L\($0)", service: service) })
    }

    static func metrics(_ structure: Structure, _ policy: Policy, classOf decisionClass: Int = 99, other: Int = 0,
                        rate: Double = 1, horizon: Double = 20_000, replications: Int = 2) throws -> [String: Double] {
        let workload = Workload(arrivalRate: rate, caseTypes: [CaseType(name: "case", share: 1, decisionClass: decisionClass,
                                                                         otherDepartments: other)])
        let result = try Experiment(variants: [Variant(name: "v", structure: structure, policy: policy)], workload: workload,
                                    length: RunLength(horizon: horizon, warmup: 0), seed: 17, replications: replications).run()
        return try #require(result.first).summary.mapValues(\.mean)
    }

    @Test func buckPassingMatchesGeometricClosedForm() throws {
        // Five levels, decided at the top: three intermediate units escalate. Each passes the case
        // back with probability b until it passes it on: b / (1 - b) bounces per intermediate unit.
        var policy = Policy()
        policy.buckPassing = 0.3
        let measured = try Self.metrics(Self.chain(levels: 5), policy)["incidents.buck_passing"] ?? .nan
        let expected = 1000 * 3 * 0.3 / 0.7
        #expect(abs(measured - expected) / expected < 0.03, "\(measured) vs \(expected)")
    }

    @Test func corruptionStrikesAtEveryIntermediateHop() throws {
        // Three intermediate units pass the case up, and the same three pass the answer down.
        var policy = Policy()
        policy.corruption = 0.02
        let metrics = try Self.metrics(Self.chain(levels: 5), policy)
        let expected = 1000 * 6 * 0.02
        let measured = metrics["incidents.corruption"] ?? .nan
        #expect(abs(measured - expected) / expected < 0.05, "\(measured) vs \(expected)")
        // A case touched by an incident is decided wrongly: (1 - c)^6 are right.
        #expect(abs((metrics["decisions.accuracy"] ?? 0) - pow(0.98, 6)) < 0.01)
    }

    @Test func leaksFollowMessagesAndIsolationStopsThemInside() throws {
        var policy = Policy()
        policy.leakProbability = 0.01
        let open = try Self.metrics(Self.chain(levels: 4), policy)
        // Every message may leak: 6 messages a case (3 up, 3 down).
        #expect(abs((open["incidents.leaks"] ?? 0) - 60) < 4, "\(open["incidents.leaks"] ?? .nan)")
        policy.isolatedNetworks = true
        policy.gatewayDelay = .deterministic(2)
        let isolated = try Self.metrics(Self.chain(levels: 4), policy)
        // Only the front line is external: its two messages cross the gateway, the rest stay inside.
        #expect(isolated["incidents.leaks"] == 0)
        #expect(abs((isolated["turnaround.transit"] ?? 0) - 4) < 1e-9)
    }

    @Test func paperLinksReplaceElectronicDelays() throws {
        var policy = Policy()
        policy.medium = .paper
        policy.paperDelay = .deterministic(8)
        let metrics = try Self.metrics(Self.chain(levels: 3, service: .deterministic(1)), policy, rate: 0.01)
        // Two levels up and two down on paper; five services of one hour each.
        #expect(metrics["turnaround.transit"] == 32)
        #expect(metrics["turnaround.p50"] == 37)
    }

    @Test func dualTrackAddsThePaperRoundTripToTheHomeUnit() throws {
        var policy = Policy()
        policy.paperApproval = true
        policy.paperDelay = .deterministic(8)
        let metrics = try Self.metrics(Self.chain(levels: 2, service: .deterministic(1)), policy, classOf: 0, rate: 0.01)
        // Intake (1), paper to the home unit (8), approval (1), paper back (8), decision (1).
        #expect(metrics["turnaround.p50"] == 19)
        #expect(metrics["hops.per_case"] == 3)
    }

    /// Head office over three departments of one front office each, fully peered.
    static func departments(platform: Bool) -> Structure {
        var structure = Structure.tree(spans: [3, 1], profiles: (0..<3).map { LevelProfile(name: "L\($0)", service: .deterministic(1)) },
                                       departments: ["police", "tax", "social"])
        if platform {
            var hub = Unit(name: "Data exchange", service: .deterministic(0.1))
            hub.isPlatform = true
            structure.units.append(hub)
            for office in 4...6 { structure.links.append(Link(.platform, from: office, to: 7)) }
        }
        return structure
    }

    @Test func sequentialTripsSendTheCitizenToEachDepartment() throws {
        var policy = Policy(delegation: 5)
        policy.serviceMode = .sequentialTrips
        policy.tripTime = .deterministic(2)
        let metrics = try Self.metrics(Self.departments(platform: false), policy, classOf: 0, other: 2, rate: 0.01)
        // Home office decides its part (1), then two trips (2 each) and two more offices (1 each).
        #expect(metrics["trips.per_case"] == 2)
        #expect(metrics["turnaround.p50"] == 7)
    }

    @Test func aWrongDecisionInAnyDepartmentSpoilsTheCase() throws {
        // Every office errs with probability 0.1; a case needs three departments' decisions.
        var structure = Self.departments(platform: false)
        for index in structure.units.indices { structure.units[index].errorRate = 0.1 }
        for mode in [Policy.ServiceMode.sequentialTrips, .oneStop] {
            var policy = Policy(delegation: 5)
            policy.serviceMode = mode
            let metrics = try Self.metrics(structure, policy, classOf: 0, other: 2, rate: 0.05)
            let accuracy = metrics["decisions.accuracy"] ?? 0
            #expect(abs(accuracy - 0.729) < 0.02, "\(mode): \(accuracy), expected 0.9^3")
        }
    }

    @Test func oneStopAsksEveryDepartmentAtOnce() throws {
        var policy = Policy(delegation: 5)
        policy.serviceMode = .oneStop
        let metrics = try Self.metrics(Self.departments(platform: false), policy, classOf: 0, other: 2, rate: 0.01)
        // Intake (1); both departments in parallel (1); their answers read (1 each, in turn: 2); decision (1).
        #expect(metrics["trips.per_case"] == 0)
        #expect(metrics["turnaround.p50"] == 5)
    }

    @Test func platformLetsAnOfficeVerifyWithoutTheHierarchy() throws {
        let silos = try Self.metrics(Self.departments(platform: false), Policy(delegation: 5), classOf: 0, other: 1, rate: 0.01)
        let shared = try Self.metrics(Self.departments(platform: true), Policy(delegation: 5), classOf: 0, other: 1, rate: 0.01)
        // Without the platform the case climbs to the head office, the only unit covering both.
        #expect(silos["decisions.level.0"] == 1)
        #expect(shared["decisions.level.2"] == 1)
        // Front office (1), platform query (0.1), front office again (1).
        #expect(abs((shared["turnaround.p50"] ?? 0) - 2.1) < 1e-9)
    }

    @Test func conflictingDirectivesOfTwoSuperiorsCostARoundTrip() throws {
        // Head office, two divisions, four front offices; the first front office also answers to
        // the second division, and a quarter of the cases arrive there.
        var structure = Structure.pyramid(levels: 3, span: 2, profiles: (0..<3).map { LevelProfile(name: "L\($0)", service: .exponential(mean: 0.01)) })
        structure.links.append(Link(.dottedLine, from: 3, to: 2))
        var policy = Policy()
        policy.conflictProbability = 0.4
        let metrics = try Self.metrics(structure, policy)
        #expect(abs((metrics["incidents.conflicts"] ?? 0) - 100) < 8, "\(metrics["incidents.conflicts"] ?? .nan)")
    }

    @Test func learningCurveHalvesTheGapEveryHalfLife() {
        let learning = Policy.Learning(initialError: 0.3, finalError: 0.02, halfLife: 50)
        #expect(learning.errorRate(afterLearning: 0) == 0.3)
        #expect(abs(learning.errorRate(afterLearning: 50) - 0.16) < 1e-12)
        #expect(abs(learning.errorRate(afterLearning: 100) - 0.09) < 1e-12)
    }

    @Test func feedbackMakesDelegatedUnitsLearnFaster() throws {
        var policy = Policy(delegation: 5)
        policy.learning = Policy.Learning(initialError: 0.3, finalError: 0.02, halfLife: 50, inspectionRate: 0.05)
        let inspected = try Self.metrics(Self.chain(levels: 2), policy, classOf: 0, rate: 1, horizon: 2_000)
        policy.feedback = true
        let told = try Self.metrics(Self.chain(levels: 2), policy, classOf: 0, rate: 1, horizon: 2_000)
        #expect((told["decisions.accuracy"] ?? 0) > (inspected["decisions.accuracy"] ?? 1) + 0.05)
    }

    @Test func evaluationMovesAuthorityToUnitsThatDecideWell() throws {
        // Half the cases are routine (class 0) and half need the middle level (class 1). The front
        // office decides its routine cases without error, so evaluation hands it class 1 as well.
        let workload = Workload(arrivalRate: 1, caseTypes: [CaseType(name: "routine", share: 1, decisionClass: 0),
                                                             CaseType(name: "permit", share: 1, decisionClass: 1)])
        var policy = Policy()
        policy.feedback = true
        policy.evaluation = Policy.Evaluation(interval: 50, threshold: 0.9)
        func frontLineShare(_ policy: Policy) throws -> Double {
            let result = try Experiment(variants: [Variant(name: "v", structure: Self.chain(levels: 3), policy: policy)],
                                        workload: workload, length: RunLength(horizon: 5_000), seed: 3, replications: 2).run()
            return try #require(result.first?.summary["decisions.level.2"]).mean
        }
        #expect(abs(try frontLineShare(Policy()) - 0.5) < 0.03)
        #expect(try frontLineShare(policy) > 0.95)
    }

    @Test func satisfactionFallsWithTimeTripsAndWrongDecisions() {
        let rating = Satisfaction(patience: 10, tripFactor: 0.5, wrongDecisionFactor: 0.2)
        #expect(rating.of(turnaround: 0, trips: 0, correct: true) == 1)
        #expect(abs(rating.of(turnaround: 10, trips: 2, correct: false) - exp(-1) * 0.25 * 0.2) < 1e-12)
    }
}

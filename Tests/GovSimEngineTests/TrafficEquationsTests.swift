import Foundation
import GovSimEngine
import GovSimModel
import Testing

/// The offered load known before a run: hand-computed traffic equations, and agreement with what
/// the simulation then measures.
@Suite struct TrafficEquationsTests {
    static func load(_ structure: Structure, _ policy: Policy = Policy(), rate: Double,
                     _ types: [CaseType]) throws -> OfferedLoad {
        try CompiledModel(structure: structure, policy: policy).offeredLoad(Workload(arrivalRate: rate, caseTypes: types))
    }

    /// Head office 0, middle offices 1 and 2, front offices 3 to 6; exponential service.
    static let smallPyramid = Structure.pyramid(levels: 3, span: 2, profiles: [
        LevelProfile(name: "Head", staff: 1, service: .exponential(mean: 0.5)),
        LevelProfile(name: "Middle", staff: 2, service: .exponential(mean: 0.3)),
        LevelProfile(name: "Front", staff: 1, service: .exponential(mean: 0.2)),
    ])

    static func expectClose(_ actual: Double, _ expected: Double, _ what: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(abs(actual - expected) <= 1e-12, "\(what): \(actual), expected \(expected)", sourceLocation: sourceLocation)
    }

    // MARK: - Hand-computed

    @Test func casesClimbToTheirClassAndTheirAnswersComeBackDown() throws {
        // One case a time unit, a quarter of class 1 (the middle decides), three quarters of class 2
        // (the head decides). Each front office gets 1/4 of the cases and serves each twice (intake
        // and answer): 0.5. A middle office gets half: class 1 once, class 2 twice (up and down):
        // 0.5 (0.25 + 1.5) = 0.875. The head serves the class 2 cases once: 0.75.
        let load = try Self.load(Self.smallPyramid, rate: 1, [
            CaseType(name: "permit", share: 1, decisionClass: 1),
            CaseType(name: "policy", share: 3, decisionClass: 2),
        ])
        let visits = [0.75, 0.875, 0.875, 0.5, 0.5, 0.5, 0.5]
        for unit in visits.indices { Self.expectClose(load.visitRate[unit], visits[unit], "visits of unit \(unit)") }
        // rho = lambda E[S] / staff.
        Self.expectClose(load.perUnit[0], 0.75 * 0.5, "head")
        Self.expectClose(load.perUnit[1], 0.875 * 0.3 / 2, "middle")
        Self.expectClose(load.perUnit[3], 0.5 * 0.2, "front")
        Self.expectClose(load.perLevel[0].offeredLoad, 0.375, "level 0")
        Self.expectClose(load.perLevel[1].offeredLoad, 2 * 0.875 * 0.3 / 4, "level 1")
        Self.expectClose(load.perLevel[2].offeredLoad, 4 * 0.5 * 0.2 / 4, "level 2")
        Self.expectClose(load.perLevel[1].visitRate, 1.75, "level 1 visits")
        #expect(load.busiest == 0)
        #expect(load.isStable && load.approximations.isEmpty && load.isProductForm)
    }

    @Test func productFormPyramidWaitsAreErlangC() throws {
        let load = try Self.load(Self.smallPyramid, rate: 1, [
            CaseType(name: "permit", share: 1, decisionClass: 1),
            CaseType(name: "policy", share: 3, decisionClass: 2),
        ])
        // Head: M/M/1, rho 0.375: Wq = rho E[S] / (1 - rho). Middle: M/M/2 with a = lambda E[S]:
        // C = a^2 / (2 + a), Wq = C E[S] / (2 - a). Front: M/M/1, rho 0.1.
        let head = 0.375 * 0.5 / 0.625
        let a = 0.875 * 0.3
        let middle = a * a / (2 + a) * 0.3 / (2 - a)
        let front = 0.1 * 0.2 / 0.9
        Self.expectClose(try #require(load.perLevel[0].predictedWait), head, "head wait")
        Self.expectClose(try #require(load.perLevel[1].predictedWait), middle, "middle wait")
        Self.expectClose(try #require(load.perLevel[2].predictedWait), front, "front wait")
        // Per case (Little): 0.75 head visits, 1.75 middle visits and 2 front visits a case.
        let perCase = 0.75 * head + 1.75 * middle + 2 * front
        Self.expectClose(try #require(load.predictedWaitPerCase), perCase, "wait per case")
    }

    @Test func delegatedCasesPutNoLoadAboveTheFrontLine() throws {
        let routine = try Self.load(Self.smallPyramid, rate: 2, [CaseType(name: "routine", share: 1, decisionClass: 0)])
        // Delegation 2 lets the front line decide class 2 as well.
        let delegated = try Self.load(Self.smallPyramid, Policy(delegation: 2), rate: 2,
                                      [CaseType(name: "policy", share: 1, decisionClass: 2)])
        for load in [routine, delegated] {
            #expect(load.visitRate[0..<3].allSatisfy { $0 == 0 }, "\(load.visitRate)")
            #expect(load.perLevel[0].offeredLoad == 0 && load.perLevel[1].offeredLoad == 0)
            for unit in 3...6 { Self.expectClose(load.visitRate[unit], 0.5, "front office \(unit)") }
            Self.expectClose(load.perLevel[2].offeredLoad, 0.1, "front line")
            #expect(load.busiest == 3)
        }
    }

    /// A head office above three front offices of departments a, b, c; only a and b are peers.
    static let departments = Structure(
        units: [Unit(name: "Head", service: .exponential(mean: 1))]
            + (0..<3).map { Unit(name: "Office \($0)", department: $0, service: .exponential(mean: 1)) },
        links: [Link(.reportsTo, from: 1, to: 0), Link(.reportsTo, from: 2, to: 0), Link(.reportsTo, from: 3, to: 0),
                Link(.peer, from: 1, to: 2)],
        departments: ["a", "b", "c"])

    @Test func peersAnswerWhatTheyCoverAndTheRestGoesUp() throws {
        // 0.2 cases a time unit at each office, needing one other department, drawn evenly.
        // Office 1 (a) needs b half the time: its peer answers (one service there, one more at 1);
        // else c, which only the head covers: up and back down. 1 serves 1 + 1/2 + 1/2 = 2 per
        // case of its own and 1/2 per case of office 2's; likewise 2. Office 3 (c) has no peer: 2.
        let one = try Self.load(Self.departments, rate: 0.6,
                                [CaseType(name: "joint", share: 1, decisionClass: 0, otherDepartments: 1)])
        for (unit, expected) in [0.4, 0.5, 0.5, 0.4].enumerated() {
            Self.expectClose(one.visitRate[unit], expected, "one other department, unit \(unit)")
        }
        // Both other departments: 1 asks 2 then goes up for c: 3 services at 1, 1 at 2, 1 at the head.
        let two = try Self.load(Self.departments, rate: 0.6,
                                [CaseType(name: "joint", share: 1, decisionClass: 0, otherDepartments: 2)])
        for (unit, expected) in [0.6, 0.8, 0.8, 0.4].enumerated() {
            Self.expectClose(two.visitRate[unit], expected, "two other departments, unit \(unit)")
        }
        // Without consultation every case goes up and back down.
        let silos = try Self.load(Self.departments, Policy(peerConsultation: false), rate: 0.6,
                                  [CaseType(name: "joint", share: 1, decisionClass: 0, otherDepartments: 1)])
        for (unit, expected) in [0.6, 0.4, 0.4, 0.4].enumerated() {
            Self.expectClose(silos.visitRate[unit], expected, "silos, unit \(unit)")
        }
    }

    @Test func saturatedOfficeIsNamedBeforeTheRun() throws {
        // 1.2 cases a time unit, all decided by a head office that takes one time unit each.
        let pyramid = Structure.pyramid(levels: 3, span: 2, profiles: [
            LevelProfile(name: "Head", service: .exponential(mean: 1)),
            LevelProfile(name: "Middle", service: .exponential(mean: 0.1)),
            LevelProfile(name: "Front", service: .exponential(mean: 0.1)),
        ])
        let load = try Self.load(pyramid, rate: 1.2, [CaseType(name: "policy", share: 1, decisionClass: 2)])
        Self.expectClose(load.perUnit[0], 1.2, "head")
        #expect(load.saturated == [0])
        #expect(load.busiest == 0 && !load.isStable)
        #expect(load.perLevel[0].predictedWait == nil && load.predictedWaitPerCase == nil)
        #expect(load.perLevel[1].predictedWait != nil, "the middle level still has a steady state")
    }

    @Test func leversTheEquationsCannotFollowAreNamed() throws {
        let types = [CaseType(name: "joint", share: 1, decisionClass: 0, otherDepartments: 1)]
        #expect(try Self.load(Self.departments, rate: 0.5, types).approximations.isEmpty)
        var evaluated = Policy()
        evaluated.evaluation = Policy.Evaluation(interval: 10, threshold: 0.9)
        #expect(try Self.load(Self.departments, evaluated, rate: 0.5, types).approximations == [.evaluation])
        var shocked = Workload(arrivalRate: 0.5, caseTypes: types)
        shocked.shocks = [Shock(time: 5, cases: 10, caseType: 0)]
        let model = try CompiledModel(structure: Self.departments, policy: Policy())
        #expect(model.offeredLoad(shocked).approximations == [.shocks])
        #expect(!model.offeredLoad(shocked).isProductForm && model.offeredLoad(shocked).predictedWaitPerCase == nil)
        // A middle office asks its peer for b and still has to pass the case up for c, which only
        // the head covers: a bounce then goes back to the peer.
        var passing = Policy()
        passing.buckPassing = 0.2
        let both = [CaseType(name: "joint", share: 1, decisionClass: 0, otherDepartments: 2)]
        let pyramid = Structure.pyramid(levels: 3, span: 2, profiles: (0..<3).map { LevelProfile(name: "L\($0)") },
                                        departments: ["a", "b", "c"])
        var peered = pyramid
        peered.links.append(Link(.peer, from: 1, to: 2))
        #expect(try Self.load(pyramid, passing, rate: 0.5, both).approximations.isEmpty)
        #expect(try Self.load(peered, Policy(), rate: 0.5, both).approximations.isEmpty)
        #expect(try Self.load(peered, passing, rate: 0.5, both).approximations == [.buckPassingAfterConsultation])
    }

    @Test func onlyExponentialServiceWithoutForksGetsPredictedWaits() throws {
        let types = [CaseType(name: "policy", share: 1, decisionClass: 2)]
        #expect(try Self.load(Self.smallPyramid, rate: 0.5, types).isProductForm)
        var lognormal = Self.smallPyramid
        lognormal.units[5].service = .lognormal(mean: 0.2, cv: 0.5)
        let slow = try Self.load(lognormal, rate: 0.5, types)
        #expect(!slow.isProductForm && slow.perLevel.allSatisfy { $0.predictedWait == nil } && slow.predictedWaitPerCase == nil)
        // A report to the top splits a case in two: not a product-form network.
        let reported = try Self.load(Self.smallPyramid, rate: 0.5,
                                     [CaseType(name: "crisis", share: 1, decisionClass: 0, notifyTop: true)])
        #expect(!reported.isProductForm)
    }
}

/// What the simulation then measures: each level's utilisation is its offered load.
extension TrafficEquationsTests {
    /// Runs every variant and checks each level's measured utilisation against its offered load:
    /// within 3% or 0.01. With `units`, each busy unit's too (within 5% or 0.01: fewer cases each).
    static func expectAgreement(_ variants: [Variant], _ workload: Workload, horizon: Double, replications: Int = 2,
                                units: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let results = try Experiment(variants: variants, workload: workload, length: RunLength(horizon: horizon),
                                     seed: 23, replications: replications).run()
        for result in results {
            let load = result.model.offeredLoad(workload)
            #expect(load.isStable && load.approximations.isEmpty, "\(result.name)", sourceLocation: sourceLocation)
            for level in load.perLevel {
                let measured = try #require(result.summary["utilisation.level.\(level.level)"]).mean
                let predicted = level.offeredLoad
                #expect(abs(measured - predicted) <= max(0.03 * predicted, 0.01),
                        "\(result.name) level \(level.level): measured \(measured), predicted \(predicted)",
                        sourceLocation: sourceLocation)
            }
            guard units else { continue }
            let n = Double(result.replications.count)
            for unit in load.perUnit.indices where load.perUnit[unit] > 0.05 {
                let measured = result.replications.reduce(0) { $0 + $1.unitUtilisation[unit] } / n
                #expect(abs(measured - load.perUnit[unit]) <= max(0.05 * load.perUnit[unit], 0.01),
                        "\(result.name) unit \(unit): measured \(measured), predicted \(load.perUnit[unit])",
                        sourceLocation: sourceLocation)
            }
        }
    }

    @Test func pyramidUtilisationMatchesTheSimulation() throws {
        let profiles = [(0.5, 1, 0.5), (0.8, 2, 1.0), (1.0, 1, 0.4), (2.0, 2, 0.8)].enumerated().map { level, profile in
            LevelProfile(name: "L\(level)", staff: profile.1, service: .lognormal(mean: profile.0, cv: profile.2))
        }
        let structure = Structure.pyramid(levels: 4, span: 3, profiles: profiles, reportDelay: .exponential(mean: 0.1))
        let workload = Workload(arrivalRate: 6, caseTypes: [
            CaseType(name: "routine", share: 0.6, decisionClass: 0),
            CaseType(name: "permit", share: 0.3, decisionClass: 1),
            CaseType(name: "policy", share: 0.1, decisionClass: 3),
        ])
        try Self.expectAgreement([Variant(name: "pyramid", structure: structure),
                                  Variant(name: "direct reply", structure: structure, policy: Policy(directReply: true))],
                                 workload, horizon: 20_000)
    }

    @Test func peerConsultationUtilisationMatchesTheSimulation() throws {
        // Head office, three departments of six front offices each, every front office peered with
        // its opposite numbers; two offices of b and one of c share a data platform.
        var structure = Structure.tree(spans: [3, 6], profiles: [
            LevelProfile(name: "Head", staff: 2, service: .exponential(mean: 0.2)),
            LevelProfile(name: "Department", staff: 2, service: .lognormal(mean: 0.3, cv: 0.5)),
            LevelProfile(name: "Office", service: .exponential(mean: 0.3)),
        ], departments: ["a", "b", "c"], peers: [.none, .none, .counterparts])
        var platform = Unit(name: "Platform", service: .exponential(mean: 0.1))
        platform.isPlatform = true
        structure.units.append(platform)
        for office in [10, 11, 16] { structure.links.append(Link(.platform, from: office, to: 22)) }
        let workload = Workload(arrivalRate: 4, caseTypes: [
            CaseType(name: "one other", share: 0.5, decisionClass: 0, otherDepartments: 1),
            CaseType(name: "two others", share: 0.3, decisionClass: 0, otherDepartments: 2),
            CaseType(name: "permit", share: 0.2, decisionClass: 1, otherDepartments: 1),
        ])
        try Self.expectAgreement([Variant(name: "peers", structure: structure),
                                  Variant(name: "silos", structure: structure, policy: Policy(peerConsultation: false))],
                                 workload, horizon: 10_000, units: true)
    }

    @Test func reportsAndSkipLevelLinesUtilisationMatchesTheSimulation() throws {
        // Four levels, span 2: front offices 7 to 14 have skip-level lines to their level-1
        // superiors, section 3 one to the head (its reports go straight there).
        var structure = Structure.pyramid(levels: 4, span: 2, profiles: [
            LevelProfile(name: "Head", service: .exponential(mean: 0.1)),
            LevelProfile(name: "Division", service: .exponential(mean: 0.2)),
            LevelProfile(name: "Section", service: .exponential(mean: 0.5)),
            LevelProfile(name: "Office", service: .exponential(mean: 0.6)),
        ])
        for office in 7...14 { structure.links.append(Link(.skipLevel, from: office, to: office < 11 ? 1 : 2)) }
        structure.links.append(Link(.skipLevel, from: 3, to: 0))
        let workload = Workload(arrivalRate: 3, caseTypes: [
            CaseType(name: "crisis", share: 0.3, decisionClass: 0, notifyTop: true),
            CaseType(name: "request", share: 0.2, decisionClass: 1, notifyTop: true),
            CaseType(name: "permit", share: 0.3, decisionClass: 2, notifyTop: true),
            CaseType(name: "policy", share: 0.2, decisionClass: 3),
        ])
        try Self.expectAgreement([Variant(name: "skip", structure: structure),
                                  Variant(name: "no skip", structure: structure,
                                          policy: Policy(skipLevel: false, directReply: true))],
                                 workload, horizon: 20_000, units: true)
    }

    @Test func buckPassingConflictsAndDualTrackUtilisationMatchesTheSimulation() throws {
        var structure = Structure.pyramid(levels: 4, span: 2, profiles: [
            LevelProfile(name: "Head", service: .exponential(mean: 0.5)),
            LevelProfile(name: "Division", service: .exponential(mean: 0.2)),
            LevelProfile(name: "Section", service: .exponential(mean: 0.2)),
            LevelProfile(name: "Office", service: .exponential(mean: 0.3)),
        ])
        // Sections 3 and 4 and offices 7 and 8 also answer to the other division.
        for (unit, second) in [(3, 2), (4, 2), (7, 2), (8, 2)] {
            structure.links.append(Link(.dottedLine, from: unit, to: second))
        }
        var policy = Policy()
        policy.buckPassing = 0.25
        policy.conflictProbability = 0.4
        policy.paperApproval = true
        let workload = Workload(arrivalRate: 1.5, caseTypes: [
            CaseType(name: "routine", share: 0.4, decisionClass: 0),
            CaseType(name: "permit", share: 0.4, decisionClass: 2),
            CaseType(name: "policy", share: 0.2, decisionClass: 3),
        ])
        try Self.expectAgreement([Variant(name: "levers", structure: structure, policy: policy)], workload,
                                 horizon: 20_000, units: true)
    }

    @Test func oneStopAndSequentialTripsUtilisationMatchesTheSimulation() throws {
        // Departments a, b, c, a on level 1: a has four front offices, b and c two each.
        let tree = Structure.tree(spans: [4, 2], profiles: [
            LevelProfile(name: "Head", service: .exponential(mean: 0.5)),
            LevelProfile(name: "Department", service: .exponential(mean: 0.3)),
            LevelProfile(name: "Office", service: .exponential(mean: 0.2)),
        ], departments: ["a", "b", "c"])
        // A head office over four offices of a, two of b, three of c: a citizen of office 4 (a's
        // fourth) who needs b and c goes to b's second office (3 mod 2), then to c's second (1 mod
        // 3), not to c's first (3 mod 3): where a trip ends depends on the trips before it.
        let uneven = Structure(
            units: [Unit(name: "Head", staff: 2, service: .exponential(mean: 0.3))]
                + [0, 0, 0, 0, 1, 1, 2, 2, 2].map { Unit(name: "Office", department: $0, service: .exponential(mean: 0.5)) },
            links: (1...9).map { Link(.reportsTo, from: $0, to: 0) }, departments: ["a", "b", "c"])
        let workload = Workload(arrivalRate: 2, caseTypes: [
            CaseType(name: "one other", share: 0.3, decisionClass: 0, otherDepartments: 1),
            CaseType(name: "two others", share: 0.5, decisionClass: 0, otherDepartments: 2),
            CaseType(name: "permit", share: 0.2, decisionClass: 1, otherDepartments: 1),
        ])
        let variants = [Policy.ServiceMode.oneStop, .sequentialTrips].flatMap { mode in
            var policy = Policy()
            policy.serviceMode = mode
            policy.paperApproval = mode == .oneStop
            return [Variant(name: mode.rawValue, structure: tree, policy: policy),
                    Variant(name: "uneven \(mode.rawValue)", structure: uneven, policy: policy)]
        }
        try Self.expectAgreement(variants, workload, horizon: 20_000, units: true)
    }

    // MARK: - Predicted waits

    static func measuredWait(_ structure: Structure, rate: Double, _ types: [CaseType], horizon: Double,
                             replications: Int) throws -> (predicted: Double, measured: Double) {
        let workload = Workload(arrivalRate: rate, caseTypes: types)
        let experiment = Experiment(variants: [Variant(name: "v", structure: structure)], workload: workload,
                                    length: RunLength(horizon: horizon), seed: 29, replications: replications)
        let result = try #require(try experiment.run().first)
        let predicted = try #require(result.model.offeredLoad(workload).predictedWaitPerCase)
        return (predicted, try #require(result.summary["turnaround.wait"]).mean)
    }

    static func station(staff: Int) -> Structure {
        Structure(units: [Unit(name: "Office", staff: staff, service: .exponential(mean: 1))], links: [])
    }

    @Test func singleOfficeWaitIsMM1() throws {
        // M/M/1 at rho = 0.8: Wq = rho E[S] / (1 - rho) = 4.
        let wait = try Self.measuredWait(Self.station(staff: 1), rate: 0.8, [CaseType(name: "case", share: 1, decisionClass: 0)],
                                         horizon: 400_000, replications: 4)
        #expect(abs(wait.predicted - 4) < 1e-12)
        #expect(abs(wait.measured - 4) / 4 < 0.05, "measured \(wait.measured), predicted 4")
    }

    @Test func officeOfThreeWaitIsMMc() throws {
        // M/M/3 at rho = 0.8 (a = 2.4): Erlang C = (a^3 / 3!) / (1 - rho) / (sum_{k<3} a^k / k! + that).
        let a = 2.4
        let tail = a * a * a / 6 / (1 - a / 3)
        let expected = tail / (1 + a + a * a / 2 + tail) / (3 - a)
        let wait = try Self.measuredWait(Self.station(staff: 3), rate: a, [CaseType(name: "case", share: 1, decisionClass: 0)],
                                         horizon: 100_000, replications: 2)
        #expect(abs(wait.predicted - expected) < 1e-12, "Erlang C \(wait.predicted), expected \(expected)")
        #expect(abs(wait.measured - expected) / expected < 0.05, "measured \(wait.measured), predicted \(expected)")
    }

    @Test func productFormPyramidWaitMatchesTheSimulation() throws {
        // Jackson (Kelly): each office is an M/M/c queue of its own arrival rate, so the mean total
        // wait of a case is the sum over its visits of each office's Erlang C wait.
        let wait = try Self.measuredWait(Self.smallPyramid, rate: 1.5, [
            CaseType(name: "permit", share: 1, decisionClass: 1),
            CaseType(name: "policy", share: 3, decisionClass: 2),
        ], horizon: 100_000, replications: 2)
        #expect(abs(wait.measured - wait.predicted) / wait.predicted < 0.05,
                "measured \(wait.measured), predicted \(wait.predicted)")
    }
}

import Foundation
import GovSimEngine
import GovSimModel
import GovSimScenario
import GovSimTestSupport
import Testing

/// A default is defined once, in the model (``Policy()``, ``UnitAttributes/standard``, ...):
/// `scenarios/schema.json` states the same values, and the decoder gives a file that leaves a
/// key out exactly the model's value.
@Suite struct SchemaDefaultTests {
    /// What a file that leaves the property out gets, by the property's JSON pointer in the schema.
    static let modelDefaults: [String: JSONValue] = {
        let policy = Policy(), unit = UnitAttributes.standard, satisfaction = Satisfaction()
        let platform = Structure.PlatformSpec(), link = Link(Link.defaultKind, from: 0, to: 1)
        let caseType = CaseType(name: "routine"), shock = Shock(time: 0, cases: 1, caseType: 0)
        let learning = Policy.Learning(initialError: 0, finalError: 0, halfLife: 1)
        let evaluation = Policy.Evaluation(interval: 1)
        let tree = Structure.tree(spans: [1], profiles: [LevelProfile(name: "a"), LevelProfile(name: "b")])
        let structure = "/$defs/structure/properties/", policyPath = "/$defs/policy/properties/"
        return [
            "/properties/time_unit": .string(Scenario.defaultTimeUnit),
            "/properties/horizon": .number(Scenario.defaultHorizon),
            "/properties/cooldown": .number(RunLength(horizon: Scenario.defaultHorizon).cooldown),
            "/properties/replications": .number(Double(Scenario.defaultReplications)),
            "/properties/seed": .number(Double(Scenario.defaultSeed)),
            "/$defs/question/properties/kind": .string(Scenario.Question.defaultKind.rawValue),
            "/$defs/workload/properties/rate_basis": .string(Workload(arrivalRate: 1).rateBasis.rawValue),
            "/$defs/satisfaction/properties/patience": .number(satisfaction.patience),
            "/$defs/satisfaction/properties/trip_factor": .number(satisfaction.tripFactor),
            "/$defs/satisfaction/properties/wrong_decision_factor": .number(satisfaction.wrongDecisionFactor),
            "/$defs/case_type/properties/share": .number(caseType.share),
            "/$defs/case_type/properties/class": .number(Double(caseType.decisionClass)),
            "/$defs/case_type/properties/other_departments": .number(Double(caseType.otherDepartments)),
            "/$defs/case_type/properties/notify_top": .bool(caseType.notifyTop),
            "/$defs/shock/properties/duration": .number(shock.duration),
            "/$defs/shock/properties/region": .array([.number(shock.region.lowerBound), .number(shock.region.upperBound)]),
            structure + "service": json(unit.service),
            structure + "staff": .number(Double(unit.staff)),
            structure + "fidelity": .number(unit.fidelity),
            structure + "error_rate": .number(unit.errorRate),
            structure + "cost_rate": .number(unit.costRate),
            structure + "shortcuts": .number(Double(Structure.defaultShortcuts)),
            structure + "report_delay": json(tree.links.reportDelay),
            structure + "peer_delay": json(link.delay),
            "/$defs/platform/properties/name": .string(platform.name),
            "/$defs/platform/properties/staff": .number(Double(platform.staff)),
            "/$defs/platform/properties/service": json(platform.service),
            "/$defs/platform/properties/delay": json(platform.delay),
            "/$defs/unit/properties/staff": .number(Double(unit.staff)),
            "/$defs/unit/properties/service": json(unit.service),
            "/$defs/unit/properties/fidelity": .number(unit.fidelity),
            "/$defs/unit/properties/error_rate": .number(unit.errorRate),
            "/$defs/unit/properties/cost_rate": .number(unit.costRate),
            "/$defs/unit/properties/platform": .bool(unit.isPlatform),
            "/$defs/link/properties/kind": .string(link.kind.rawValue),
            "/$defs/link/properties/delay": json(link.delay),
            policyPath + "delegation": .number(Double(policy.delegation)),
            policyPath + "peer_consultation": .bool(policy.peerConsultation),
            policyPath + "skip_level": .bool(policy.skipLevel),
            policyPath + "direct_reply": .bool(policy.directReply),
            policyPath + "service_mode": .string(policy.serviceMode.rawValue),
            policyPath + "intake": .string(policy.intake.rawValue),
            policyPath + "trip_time": json(policy.tripTime),
            policyPath + "medium": .string(policy.medium.rawValue),
            policyPath + "paper_delay": json(policy.paperDelay),
            policyPath + "paper_approval": .bool(policy.paperApproval),
            policyPath + "buck_passing": .number(policy.buckPassing),
            policyPath + "corruption": .number(policy.corruption),
            policyPath + "conflict_probability": .number(policy.conflictProbability),
            policyPath + "learning/properties/inspection_rate": .number(learning.inspectionRate),
            policyPath + "feedback": .bool(policy.feedback),
            policyPath + "evaluation/properties/threshold": .number(evaluation.threshold),
            policyPath + "leak_probability": .number(policy.leakProbability),
            policyPath + "isolated_networks": .bool(policy.isolatedNetworks),
            policyPath + "gateway_delay": json(policy.gatewayDelay),
        ]
    }()

    /// A time as a scenario file writes it.
    static func json(_ distribution: Distribution) -> JSONValue {
        switch distribution {
        case .deterministic(let value): .number(value)
        case .exponential(let mean): .object([("exponential", .number(mean))])
        case .lognormal(let mean, let cv): .object([("lognormal", .object([("mean", .number(mean)), ("cv", .number(cv))]))])
        }
    }

    /// Every schema node with a `default`, by JSON pointer, with its description.
    static func schemaDefaults() throws -> [String: (value: JSONValue, description: String?)] {
        var parser = JSONParser(Array(Repository.text(Repository.schema).utf8))
        var found: [String: (JSONValue, String?)] = [:]
        func walk(_ value: JSONValue, _ pointer: String) {
            switch value {
            case .object(let members):
                if let standard = value["default"] {
                    guard case .string(let text)? = value["description"] else { found[pointer] = (standard, nil); break }
                    found[pointer] = (standard, text)
                }
                for (key, member) in members { walk(member, pointer + "/" + key) }
            case .array(let items):
                for (index, item) in items.enumerated() { walk(item, "\(pointer)/\(index)") }
            default: break
            }
        }
        walk(try parser.parse(), "")
        return found
    }

    @Test func everySchemaDefaultIsTheModelsValue() throws {
        let defaults = try Self.schemaDefaults()
        for (pointer, entry) in defaults.sorted(by: { $0.key < $1.key }) {
            guard let model = Self.modelDefaults[pointer] else {
                Issue.record("\(pointer): the schema has a default (\(entry.value.shortDescription)) this test does not map to the model; add it to modelDefaults")
                continue
            }
            #expect(entry.value == model, "\(pointer): schema.json says \(entry.value.shortDescription), the model \(model.shortDescription)")
        }
        let unused = Set(Self.modelDefaults.keys).subtracting(defaults.keys)
        #expect(unused.isEmpty, "defaults the schema no longer states: \(unused.sorted())")
    }

    /// "Default 0.1." or "Default exponential, mean 8." in a description is what `default` says.
    @Test func descriptionsStateTheSchemaDefault() throws {
        func number(_ word: Substring?) -> Double? {
            word.flatMap { Double($0.hasSuffix(".") || $0.hasSuffix(",") ? $0.dropLast() : $0) }
        }
        for (pointer, entry) in try Self.schemaDefaults() {
            guard let text = entry.description, let range = text.range(of: "Default ") else { continue }
            let words = text[range.upperBound...].split(separator: " ")
            if words.first == "exponential,", words.dropFirst().first == "mean", let mean = number(words.dropFirst(2).first) {
                #expect(entry.value == .object([("exponential", .number(mean))]), "\(pointer): \(text)")
            } else if let value = number(words.first) {
                #expect(entry.value == .number(value), "\(pointer): \(text)")
            }
        }
    }

    /// A file that leaves out everything it may gets the model's values.
    @Test func decoderFallsBackOnTheModelsValues() throws {
        let text = #"""
            {"format": 1, "name": "d", "questions": [{"text": "why?"}],
             "workload": {"arrival_rate": 1, "shocks": [{"time": 5, "cases": 3, "case_type": "routine"}]},
             "variants": [
               {"name": "listed", "structure": {"units": [{"name": "a"}, {"name": "b", "reports_to": "a"}],
                                                 "links": [{"from": "b", "to": "a"}]}},
               {"name": "generated", "structure": {"generator": "tree", "spans": [2]},
                "policy": {"learning": {"initial_error": 0.2, "final_error": 0.1, "half_life": 5},
                           "evaluation": {"interval": 10}}}]}
            """#
        let scenario = try ScenarioLoader.decode(Array(text.utf8), file: "d.json").scenario
        #expect(scenario.timeUnit == Scenario.defaultTimeUnit)
        #expect(scenario.length == RunLength(horizon: Scenario.defaultHorizon))
        #expect(scenario.replications == Scenario.defaultReplications && scenario.seed == UInt64(Scenario.defaultSeed))
        #expect(scenario.questions.map(\.kind) == [Scenario.Question.defaultKind])
        let standardWorkload = Workload(arrivalRate: 1)
        #expect(scenario.workload.caseTypes == standardWorkload.caseTypes)
        #expect(scenario.workload.rateBasis == standardWorkload.rateBasis)
        #expect(scenario.workload.satisfaction == standardWorkload.satisfaction)
        #expect(scenario.workload.shocks == [Shock(time: 5, cases: 3, caseType: 0)])
        let listed = scenario.variants[0].structure, generated = scenario.variants[1].structure
        #expect(scenario.variants[0].policy == Policy())
        #expect(listed.attributes(of: 0) == UnitAttributes.standard)
        #expect(listed.links.storedLinks.filter { $0.kind != .reportsTo } == [Link(Link.defaultKind, from: 1, to: 0)])
        for unit in 0..<generated.units.count {
            var attributes = generated.attributes(of: unit)
            attributes.department = nil
            #expect(attributes == UnitAttributes.standard, "unit \(unit)")
        }
        let policy = scenario.variants[1].policy
        #expect(policy.learning?.inspectionRate == Policy.Learning.defaultInspectionRate)
        #expect(policy.evaluation?.threshold == Policy.Evaluation.defaultThreshold)
    }
}

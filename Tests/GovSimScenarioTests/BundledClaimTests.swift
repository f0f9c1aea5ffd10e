import Foundation
import GovSimScenario
import GovSimTestSupport
import Testing

/// What every bundled claim says about itself: who makes it, why the model cannot test it when it
/// cannot, and why its minimum effect differs from the default when it does. Read from the files
/// themselves as well as from the decoded scenario, because the decoder fills in what a file leaves
/// out (a basis from whether the claim cites a source) and takes an empty `not_testable` for none.
@Suite struct BundledClaimTests {
    /// The problems of one claim as the file writes it; `sources` are the ids and file names its
    /// scenario's sources can be cited by.
    static func problems(_ claim: [String: Any], sources: Set<String>) -> [String] {
        var problems: [String] = []
        let id = claim["id"] as? String ?? "?"
        let source = claim["source"] as? String
        switch claim["basis"] as? String {
        case "document":
            if source.map(sources.contains) != true {
                problems.append("\(id): basis document, but it cites no source of the scenario (\(source ?? "none"))")
            }
        case "interpretation": break
        default: problems.append("\(id): no basis (\"document\" or \"interpretation\"): say who makes the claim")
        }
        if let reason = claim["not_testable"] {
            if (reason as? String)?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty != false {
                problems.append("\(id): not_testable without a reason")
            }
            if claim["expected_verdict"] as? String != Claim.Verdict.notTestable.rawValue {
                problems.append("\(id): not_testable, but its expected_verdict is \(claim["expected_verdict"] ?? "missing")")
            }
        }
        if let minEffect = claim["min_effect"] as? Double, minEffect != Claim.defaultMinEffect,
           (claim["_min_effect"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty != false {
            problems.append("\(id): min_effect \(minEffect) without a _min_effect comment saying what difference is meaningful and why")
        }
        return problems
    }

    static func file(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(Repository.scenarios)/\(name).json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test(arguments: try Repository.bundledScenarios()) func everyClaimSaysWhoMakesItAndWhy(_ name: String) throws {
        let file = try Self.file(name)
        let sources = (file["sources"] as? [[String: Any]] ?? []).reduce(into: Set<String>()) { ids, source in
            if let id = source["id"] as? String { ids.insert(id) }
            if let file = source["file"] as? String { ids.insert(file) }
        }
        let claims = try #require(file["claims"] as? [[String: Any]])
        #expect(!claims.isEmpty)
        for claim in claims {
            let problems = Self.problems(claim, sources: sources)
            #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "; "))")
        }
        // The decoded scenario agrees with the file.
        let scenario = try BundledScenarioTests.load(name).scenario
        #expect(scenario.claims.count == claims.count)
        for claim in scenario.claims {
            if claim.basis == .document {
                #expect(scenario.sources.contains { $0.id == claim.source || $0.file == claim.source },
                        "\(name): \(claim.id) is the document's claim but cites no source")
            }
            if let reason = claim.notTestable {
                #expect(!reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(name): \(claim.id)")
                #expect(claim.expectedVerdict == .notTestable, "\(name): \(claim.id)")
            }
        }
    }

    /// Both kinds occur: a collection in which every claim were the documents' own (or none were)
    /// would mean the basis was set without reading the quotes.
    @Test func bundledClaimsAreDocumentsAndInterpretations() throws {
        var counts: [Claim.Basis: Int] = [:]
        for name in try Repository.bundledScenarios() {
            for claim in try BundledScenarioTests.load(name).scenario.claims { counts[claim.basis, default: 0] += 1 }
        }
        #expect(counts[.document, default: 0] > 0 && counts[.interpretation, default: 0] > 0, "\(counts)")
        print("BundledClaimTests: \(counts[.document, default: 0]) document claims, \(counts[.interpretation, default: 0]) interpretations")
    }

    /// The check above can fail: each kind of mistake it looks for is caught (claims as JSON text).
    @Test(arguments: [
        (#"{"id": "a", "source": "s"}"#, "no basis"),
        (#"{"id": "a", "basis": "document"}"#, "cites no source"),
        (#"{"id": "a", "basis": "document", "source": "other"}"#, "cites no source"),
        (#"{"id": "a", "basis": "interpretation", "not_testable": " ", "expected_verdict": "not_testable"}"#, "without a reason"),
        (#"{"id": "a", "basis": "interpretation", "not_testable": "why", "expected_verdict": "contradicted"}"#, "its expected_verdict"),
        (#"{"id": "a", "basis": "interpretation", "min_effect": 0.01}"#, "without a _min_effect comment"),
    ]) func mistakesAreCaught(_ sample: (String, String)) throws {
        let claim = try #require(try JSONSerialization.jsonObject(with: Data(sample.0.utf8)) as? [String: Any])
        let problems = Self.problems(claim, sources: ["s"])
        #expect(problems.contains { $0.contains(sample.1) }, "\(problems)")
    }

    @Test func aCompleteClaimHasNoProblems() throws {
        let text = #"{"id": "a", "basis": "document", "source": "s", "min_effect": 0.01, "_min_effect": "why", "not_testable": "why", "expected_verdict": "not_testable"}"#
        let claim = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Self.problems(claim, sources: ["s"]).isEmpty)
    }

    // MARK: - Robustness sweeps

    /// Points a bundled scenario's sweep may have, so that `govsim run NAME --robustness` stays affordable.
    static let maxSweepPoints = 12

    /// The problems of the sweep a scenario declares (`text`: the file as written): none declared,
    /// no `_sweep` comment saying which assumptions it probes, more than ``maxSweepPoints`` points,
    /// or a range that leaves out the scenario's own setting. Every dimension must have a step that
    /// gives each of its parameters the value the file gives it (for `[*]`, one value in every
    /// element it names); a parameter the file leaves at its default is not checked.
    static func sweepProblems(_ text: String, name: String) throws -> [String] {
        let scenario = try ScenarioLoader.decode(Array(text.utf8), file: "\(name).json").scenario
        let file = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        guard let sweep = scenario.sweep, let document = scenario.document else {
            return ["\(name): declares no sweep; add one over the assumptions its verdicts hinge on"]
        }
        var problems: [String] = []
        if (file["_sweep"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty != false {
            problems.append("\(name): no _sweep comment saying which assumptions the sweep probes and why its ranges are plausible")
        }
        if sweep.pointCount > maxSweepPoints {
            problems.append("\(name): the sweep has \(sweep.pointCount) points; at most \(maxSweepPoints)")
        }
        func number(_ value: JSONValue?) -> Double? {
            if case .number(let number)? = value { return number }
            return nil
        }
        for dimension in sweep.dimensions {
            // The file's own value of each parameter; nil when it leaves the parameter at its default.
            var own: [Double?] = []
            for path in dimension.paths {
                let found = try path.resolve(in: document)
                if found.allSatisfy({ $0.value == nil }) {
                    own.append(nil)
                    continue
                }
                let values = found.compactMap { number($0.value) }
                guard values.count == found.count, let first = values.first, values.allSatisfy({ $0 == first }) else {
                    let written = found.map { "\($0.path) = \(number($0.value).map { "\($0)" } ?? "default")" }
                    problems.append("\(name): \(path) names different values in the file (\(written.joined(separator: ", "))), so no point of the sweep is the scenario's own")
                    own.append(nil)
                    continue
                }
                own.append(first)
            }
            let includesOwn = dimension.rows.contains { row in
                zip(row, own).allSatisfy { value, own in own.map { abs(value - $0) <= 1e-9 * max(1, abs($0)) } ?? true }
            }
            if !includesOwn {
                let setting = zip(dimension.paths, own).compactMap { path, own in own.map { "\(path) = \($0)" } }
                problems.append("\(name): the sweep leaves out the scenario's own setting (\(setting.joined(separator: ", ")))")
            }
        }
        return problems
    }

    /// Every bundled scenario declares a small sweep over its key assumptions that includes its
    /// own setting, so `govsim run NAME --robustness` says how far each verdict carries.
    @Test(arguments: try Repository.bundledScenarios()) func everyScenarioDeclaresASmallSweepAroundItsOwnSetting(_ name: String) throws {
        let text = Repository.text("\(Repository.scenarios)/\(name).json")
        let problems = try Self.sweepProblems(text, name: name)
        #expect(problems.isEmpty, "\(problems.joined(separator: "; "))")
    }

    /// The check above can fail: a bundled scenario with its sweep changed in each of the ways it
    /// looks for (nil: no problem expected).
    @Test(arguments: [
        (#"{"drop": "sweep"}"#, "declares no sweep"),
        (#"{"drop": "_sweep"}"#, "no _sweep comment"),
        (#"{"parameters": {"workload.arrival_rate": [5, 10, 15, 20, 25, 30, 35], "variants[*].structure.fidelity": [0.9, 0.95]}}"#, "14 points; at most 12"),
        (#"{"parameters": {"variants[*].structure.fidelity": [0.8, 0.85, 0.95]}}"#, "leaves out the scenario's own setting (variants[*].structure.fidelity = 0.9)"),
        (#"{"points": [{"variants[*].structure.fidelity": 0.9, "variants[2].structure.error_rate[2]": 0.2}, {"variants[*].structure.fidelity": 0.8, "variants[2].structure.error_rate[2]": 0.1}]}"#, "leaves out the scenario's own setting"),
        (#"{"parameters": {"variants[*].structure.error_rate[*]": [0.02, 0.05, 0.1]}}"#, "names different values in the file"),
        (#"{"parameters": {"variants[*].policy.buck_passing": [0.1, 0.2]}}"#, nil),
        (#"{"parameters": {"workload.arrival_rate": [5, 10], "variants[*].structure.fidelity": [0.8, 0.85, 0.9, 0.95, 0.99, 1], "variants[0].structure.span": [3]}}"#, nil),
    ] as [(String, String?)]) func sweepMistakesAreCaught(_ sample: (String, String?)) throws {
        var file = try Self.file("control-loss")
        let change = try #require(try JSONSerialization.jsonObject(with: Data(sample.0.utf8)) as? [String: Any])
        if let key = change["drop"] as? String {
            file[key] = nil
        } else {
            file["sweep"] = change
        }
        // Sorted keys: a dictionary's order changes from run to run, and every point must list its parameters alike.
        let text = try #require(String(data: try JSONSerialization.data(withJSONObject: file, options: [.sortedKeys]), encoding: .utf8))
        let problems = try Self.sweepProblems(text, name: "control-loss")
        if let expected = sample.1 {
            #expect(problems.contains { $0.contains(expected) }, "\(problems)")
        } else {
            #expect(problems.isEmpty, "\(problems)")
        }
    }
}

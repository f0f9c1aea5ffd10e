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
}

import Foundation
import GovSimScenario
import Testing

/// Every bad input gets the exact message a user reads: the file, the path in it and the fix.
/// The inputs are small edits of one valid scenario, so each case shows the one thing wrong.
@Suite struct ScenarioErrorTests {
    /// A valid scenario: two variants, two case types, class 3 the highest.
    static let base = #"""
        {
          "format": 1,
          "name": "x",
          "horizon": 100,
          "workload": {"arrival_rate": 5, "case_types": [{"name": "routine", "class": 0}, {"name": "permit", "class": 3}]},
          "variants": [
            {"name": "tall", "structure": {"generator": "pyramid", "levels": 4, "span": 3, "departments": ["A", "B"]}},
            {"name": "flat", "structure": {"generator": "flat", "levels": 2, "same_headcount_as": "tall", "departments": ["A", "B"]}}
          ]
        }
        """#

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let input: String
        /// Every problem reported, errors and warnings, in order.
        let expected: [String]
        var testDescription: String { name }

        /// `base` with each `old` replaced by `new` (the first occurrence).
        init(_ name: String, edits: [(String, String)], _ expected: [String]) {
            var text = ScenarioErrorTests.base
            for (old, new) in edits {
                precondition(text.contains(old), "\(name): the base scenario has no \(old)")
                text = text.replacingOccurrences(of: old, with: new, options: [], range: text.range(of: old))
            }
            self.init(name, raw: text, expected)
        }

        init(_ name: String, raw: String, _ expected: [String]) {
            self.name = name
            input = raw
            self.expected = expected
        }
    }

    static func problems(_ text: String) -> [String] {
        do {
            return try ScenarioLoader.decode(Array(text.utf8), file: "x.json").warnings.map(\.description)
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func baseScenarioIsValid() {
        #expect(Self.problems(Self.base) == [])
    }

    @Test(arguments: cases) func reportsExactly(_ bad: Case) {
        #expect(Self.problems(bad.input) == bad.expected)
    }

    @Test func casesAreDistinct() {
        #expect(Set(Self.cases.map(\.input)).count == Self.cases.count)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
        #expect(Self.cases.count >= 30)
    }


    static let tall = #""structure": {"generator": "pyramid", "levels": 4, "span": 3, "departments": ["A", "B"]"#
    static let flat = #""structure": {"generator": "flat", "levels": 2, "same_headcount_as": "tall", "departments": ["A", "B"]"#
    /// The tall variant's structure with more keys.
    static func tall(_ extra: String) -> [(String, String)] { [(tall + "}", tall + extra + "}")] }
    /// The flat variant's structure with more keys.
    static func flat(_ extra: String) -> [(String, String)] { [(flat + "}", flat + extra + "}")] }
    /// The tall variant's structure replaced by a listed one.
    static func units(_ structure: String) -> [(String, String)] { [(tall + "}", #""structure": "# + structure)] }
    /// Claims added at the end.
    static func claims(_ items: String) -> [(String, String)] { [("\n  ]\n}", "\n  ],\n  \"claims\": [" + items + "]\n}")] }
    /// Keys added to the workload.
    static func workload(_ extra: String) -> [(String, String)] {
        [(#"{"name": "permit", "class": 3}]}"#, #"{"name": "permit", "class": 3}]"# + extra + "}")]
    }

    static let cases: [Case] = [
        Case("missingComma", edits: [(#""name": "x","#, #""name": "x""#)],
             [#"x.json: line 4, column 3: expected ',' or '}' after a member (a missing comma?)"#]),
        Case("trailingComma", raw: #"{"format": 1,}"#,
             [#"x.json: line 1, column 14: expected a quoted key (a trailing comma, or a key without quotes?)"#]),
        Case("unclosedString", raw: #"{"format": 1, "name": "x}"#,
             [#"x.json: line 1, column 23: a string is not closed with '"'"#]),
        Case("emptyFile", raw: #""#,
             [#"x.json: line 1, column 1: unexpected end of file: a value is missing"#]),
        Case("unquotedKey", raw: #"{format: 1}"#,
             [#"x.json: line 1, column 2: expected a quoted key (a trailing comma, or a key without quotes?)"#]),
        Case("rootNotObject", raw: #"[1, 2]"#,
             [#"x.json: expected an object, got an array"#]),
        Case("badEscape", raw: #"{"name": "a\qb"}"#,
             [#"x.json: line 1, column 14: unknown escape '\q' in a string"#]),
        Case("formatMissing", edits: [("\"format\": 1,\n", "")],
             [#"x.json: format: is missing; add "format": 1 as the first member (the version of the scenario format)"#]),
        Case("formatNewer", edits: [(#""format": 1,"#, #""format": 2,"#)],
             [#"x.json: format: this file is format 2; this govsim reads format 1 (upgrade govsim)"#]),
        Case("formatString", edits: [(#""format": 1,"#, #""format": "1","#)],
             [#"x.json: format: expected the format version, an integer (this govsim reads 1), got "1""#]),
        Case("nameUppercase", edits: [(#""name": "x""#, #""name": "My Scenario""#)],
             [#"x.json: name: expected lowercase letters, digits and '-' (it names the output folder), got "My Scenario""#]),
        Case("nameMissing", edits: [("\"name\": \"x\",\n", "")],
             [#"x.json: name: is missing; add a name: lowercase letters, digits and '-' ("my-scenario")"#]),
        Case("duplicateKey", edits: [("\"horizon\": 100,", "\"horizon\": 100,\n  \"horizon\": 200,")],
             [#"x.json: line 5: the key "horizon" appears twice in one object; keep one"#]),
        Case("unknownKeyWithGuess", edits: [("\"horizon\": 100,", "\"horizon\": 100,\n  \"replicatons\": 5,")],
             [#"x.json: replicatons: warning: unknown key, ignored; did you mean "replications"?"#]),
        Case("unknownKeyWithoutGuess", edits: [("\"horizon\": 100,", "\"horizon\": 100,\n  \"colour\": \"red\",")],
             [#"x.json: colour: warning: unknown key, ignored"#]),
        Case("nestedUnknownKey", edits: [(#""arrival_rate": 5,"#, #""arrival_rate": 5, "case_typs": [],"#)],
             [#"x.json: workload.case_typs: warning: unknown key, ignored; did you mean "case_types"?"#]),
        Case("warmupNotBeforeHorizon", edits: [(#""horizon": 100,"#, #""horizon": 100, "warmup": 100,"#)],
             [#"x.json: warmup: warmup (100) plus cooldown must be less than the horizon (100)"#]),
        Case("replicationsZero", edits: [(#""horizon": 100,"#, #""horizon": 100, "replications": 0,"#)],
             [#"x.json: replications: expected an integer from 1 to 100000, got 0"#]),
        Case("arrivalRateNegative", edits: [(#""arrival_rate": 5"#, #""arrival_rate": -5"#)],
             [#"x.json: workload.arrival_rate: expected a number above 0 and at most 1000000000, got -5"#]),
        Case("arrivalRateMissing", edits: [(#""arrival_rate": 5, "#, #""#)],
             [#"x.json: workload.arrival_rate: is missing; add a number above 0 and at most 1000000000"#]),
        Case("rateBasisUnknown", edits: [(#""arrival_rate": 5,"#, #""arrival_rate": 5, "rate_basis": "per_office","#)],
             [#"x.json: workload.rate_basis: expected "total" or "per_front_line_unit", got "per_office""#]),
        Case("shareZero", edits: [(#"{"name": "routine", "class": 0}"#, #"{"name": "routine", "class": 0, "share": 0}"#)],
             [#"x.json: workload.case_types[0].share: expected a number above 0 and at most 1000000000, got 0"#]),
        Case("classNotInteger", edits: [(#""class": 3}"#, #""class": 2.5}"#)],
             [#"x.json: workload.case_types[1].class: expected an integer from 0 to 1000, got 2.5"#]),
        Case("otherDepartmentsTooMany", edits: [(#""class": 3}"#, #""class": 3, "other_departments": 2}"#)],
             [#"x.json: workload.case_types[1].other_departments: expected at most 1 (variant "tall" has 2 departments: the case's own and 1 other), got 2"#]),
        Case("variantsMissing", raw: #"{"format": 1, "name": "x", "workload": {"arrival_rate": 1}}"#,
             [#"x.json: variants: is missing; add an array"#]),
        Case("variantsEmpty", raw: #"{"format": 1, "name": "x", "workload": {"arrival_rate": 1}, "variants": []}"#,
             [#"x.json: variants: is empty; add at least one variant (two to compare)"#]),
        Case("variantNameTwice", edits: [(#"{"name": "flat""#, #"{"name": "tall""#)],
             [#"x.json: variants[1].name: another variant is already named "tall"; names must be unique"#]),
        Case("variantNameWithSpace", edits: [(#"{"name": "flat""#, #"{"name": "flat one""#)],
             [#"x.json: variants[1].name: expected letters, digits, '-' or '_' (claims write variant.metric), got "flat one""#]),
        Case("generatorUnknown", edits: [(#""generator": "pyramid""#, #""generator": "pyramidal""#)],
             [#"x.json: variants[0].structure.generator: expected one of "pyramid", "flat", "tree", got "pyramidal""#]),
        Case("generatorMissing", edits: [(#""generator": "pyramid", "#, #""#)],
             [#"x.json: variants[0].structure.generator: is missing; add "generator": "pyramid", "flat" or "tree", or list the "units""#]),
        Case("pyramidLevelsZero", edits: [(#""levels": 4"#, #""levels": 0"#)],
             [#"x.json: variants[0].structure.levels: expected an integer from 1 to 40, got 0"#]),
        Case("delegationBeyondHighestClass", edits: [(#""structure": {"generator": "flat", "levels": 2, "same_headcount_as": "tall", "departments": ["A", "B"]}}"#, #""structure": {"generator": "flat", "levels": 2, "same_headcount_as": "tall", "departments": ["A", "B"]}, "policy": {"delegation": 7}}"#)],
             [#"x.json: variants[1].policy.delegation: expected an integer from 0 to 3, got 7 (3 is the highest case class; more delegation changes nothing)"#]),
        Case("authorityForMissingLevels", edits: [(#""structure": {"generator": "flat", "levels": 2, "same_headcount_as": "tall", "departments": ["A", "B"]}}"#, #""structure": {"generator": "flat", "levels": 2, "same_headcount_as": "tall", "departments": ["A", "B"]}, "policy": {"authority_by_level": [3, 1, 0]}}"#)],
             [#"x.json: variants[1].policy.authority_by_level: has 3 entries, but variant "flat" has 2 levels; give at most one per level, top first"#]),
        Case("peerTopologyUnknown", edits: flat(#", "peers": "star""#),
             [#"x.json: variants[1].structure.peers: expected one of "none", "ring", "complete", "counterparts", "small_world", got "star""#]),
        Case("peerListWrongLength", edits: flat(#", "peers": ["none", "ring", "ring"]"#),
             [#"x.json: variants[1].structure.peers: expected 2 entries (one per level, top first), got 3"#]),
        Case("sameHeadcountAsMissingVariant", edits: [(#""same_headcount_as": "tall""#, #""same_headcount_as": "talll""#)],
             [#"x.json: variants[1].structure.same_headcount_as: no variant is named "talll""#]),
        Case("flatWithoutSize", edits: [(#""levels": 2, "same_headcount_as": "tall", "#, #""levels": 2, "#)],
             [#"x.json: variants[1].structure: a flat structure needs "span" or "same_headcount_as" (the name of the variant to match)"#]),
        Case("distributionUnknownKind", edits: tall(#", "service": {"gamma": 2}"#),
             [#"x.json: variants[0].structure.service: expected a number or {"exponential": mean}, {"deterministic": value}, {"lognormal": {"mean": m, "cv": c}}, got the key "gamma""#]),
        Case("distributionNegative", edits: tall(#", "report_delay": {"exponential": -1}"#),
             [#"x.json: variants[0].structure.report_delay.exponential: expected a number from 0 to 1000000000, got -1"#]),
        Case("lognormalWithoutCV", edits: tall(#", "service": {"lognormal": {"mean": 2}}"#),
             [#"x.json: variants[0].structure.service.lognormal.cv: is missing; add a number from 0 to 100"#]),
        Case("fidelityAboveOne", edits: tall(#", "fidelity": [1, 1.5, 1, 1]"#),
             [#"x.json: variants[0].structure.fidelity[1]: expected a number from 0 to 1, got 1.5"#]),
        Case("levelNamesWrongCount", edits: tall(#", "level_names": ["Top", "Office"]"#),
             [#"x.json: variants[0].structure.level_names: expected one value for all levels or 4 values (one per level, top first), got 2"#]),
        Case("departmentTwice", edits: [(#""departments": ["A", "B"]}}"#, #""departments": ["A", "A"]}}"#)],
             [#"x.json: variants[0].structure.departments[1]: the department "A" is listed twice"#]),
        Case("pyramidTooLarge", edits: [(#""levels": 4, "span": 3"#, #""levels": 6, "span": 100"#)],
             [#"x.json: variants[0].structure: would build 10101010101 units (about 2822.2 GiB); the limit is 12000000 units: use fewer levels or a smaller span, or raise the limit with --max-units"#]),
        Case("completePeersTooLarge", edits: [(#""levels": 2, "same_headcount_as": "tall", "#, #""levels": 3, "teams": 10, "span": 5000, "peers": "complete", "#)],
             [#"x.json: variants[1].structure: would build 1.2e+09 peer links (about 116.4 GiB) ("complete" on level 2, which has 50000 units); the limit is 24000000: use "ring", "counterparts" or "small_world" on large levels, or fewer units"#]),
        Case("reportsToMissingUnit", edits: units(#"{"units": [{"name": "Head"}, {"name": "Office", "reports_to": "Haed"}]}"#),
             [#"x.json: variants[0].structure.units[1].reports_to: no unit is named "Haed""#]),
        Case("reportsToCycle", edits: units(#"{"units": [{"name": "Head"}, {"name": "Division", "reports_to": "Section"}, {"name": "Section", "reports_to": "Division"}]}"#),
             [#"x.json: variants[0].structure.units[1].reports_to: "Division" reports to "Section", which reports to "Division": a reports-to cycle; one of them must report to a unit outside it, or to no one (the top)"#]),
        Case("reportsToItself", edits: units(#"{"units": [{"name": "Head", "reports_to": "Head"}]}"#),
             [#"x.json: variants[0].structure.units[0].reports_to: "Head" reports to itself; name its superior, or leave reports_to out for the top"#]),
        Case("linkToMissingUnit", edits: units(#"{"units": [{"name": "Head"}, {"name": "Office", "reports_to": "Head"}], "links": [{"from": "Office", "to": "Archive"}]}"#),
             [#"x.json: variants[0].structure.links[0].to: no unit is named "Archive""#]),
        Case("unitNameTwice", edits: units(#"{"units": [{"name": "Head"}, {"name": "Head", "reports_to": "Head"}]}"#),
             [#"x.json: variants[0].structure.units[1].name: another unit is already named "Head"; names must be unique"#]),
        Case("departmentNotListed", edits: units(#"{"departments": ["A"], "units": [{"name": "Head"}, {"name": "Office", "reports_to": "Head", "department": "B"}]}"#),
             [#"x.json: variants[0].structure.units[1].department: "B" is not among the structure's departments"#]),
        Case("severalTops", edits: units(#"{"units": [{"name": "Head"}, {"name": "Office", "reports_to": "Head"}, {"name": "Archive"}]}"#),
             [#"x.json: variants[0].structure.units: warning: 2 units report to no one ("Head", "Archive"): the structure has 2 tops, each deciding everything beneath it; give all but one a reports_to"#]),
        Case("linkKindUnknown", edits: units(#"{"units": [{"name": "Head"}, {"name": "Office", "reports_to": "Head"}], "links": [{"kind": "friend", "from": "Office", "to": "Head"}]}"#),
             [#"x.json: variants[0].structure.links[0].kind: expected one of "reports_to", "peer", "skip_level", "dotted_line", "platform", got "friend""#]),
        Case("shockAfterHorizon", edits: workload(#", "shocks": [{"time": 500, "cases": 10, "case_type": "permit"}]"#),
             [#"x.json: workload.shocks[0].time: expected a time before the horizon (100), got 500: the shock would never happen"#]),
        Case("shockCaseTypeUnknown", edits: workload(#", "shocks": [{"time": 50, "cases": 10, "case_type": "alarm"}]"#),
             [#"x.json: workload.shocks[0].case_type: no case type is named "alarm"; the case types are "routine", "permit""#]),
        Case("shockRegionReversed", edits: workload(#", "shocks": [{"time": 50, "cases": 10, "region": [0.5, 0.1], "case_type": "permit"}]"#),
             [#"x.json: workload.shocks[0].region: expected [from, to] with 0 <= from < to <= 1 (fractions of the front line)"#]),
        Case("claimMissingVariant", edits: claims(#"{"id": "c", "text": "t", "expect": "flot.turnaround.mean < tall.turnaround.mean"}"#),
             [#"x.json: claims[0].expect: no variant is named "flot"; the variants are flat, tall"#]),
        Case("claimMetricMisspelt", edits: claims(#"{"id": "c", "text": "t", "expect": "flat.turnaround.maen < tall.turnaround.mean"}"#),
             [#"x.json: claims[0].expect: no metric is named "turnaround.maen"; did you mean "turnaround.mean"?"#]),
        Case("claimShockMetricWithoutShocks", edits: claims(#"{"id": "c", "text": "t", "expect": "flat.shock.detection < tall.shock.detection"}"#),
             [#"x.json: claims[0].expect: shock.detection is measured only in scenarios with shocks; add workload.shocks or compare another metric"#]),
        Case("claimLevelTheVariantLacks", edits: claims(#"{"id": "c", "text": "t", "expect": "flat.utilisation.level.2 < tall.utilisation.level.2"}"#),
             [#"x.json: claims[0].expect: variant "flat" has 2 levels (0 to 1), so it reports no utilisation.level.2"#]),
        Case("claimTwoNumbers", edits: claims(#"{"id": "c", "text": "t", "expect": "1 < 2"}"#),
             [#"x.json: claims[0].expect: compares two numbers; name a variant's metric on at least one side (variant.metric)"#]),
        Case("claimLessOrEqual", edits: claims(#"{"id": "c", "text": "t", "expect": "flat.turnaround.mean <= tall.turnaround.mean"}"#),
             [#"x.json: claims[0].expect: only < and > compare (a claim says which side is smaller), got "flat.turnaround.mean <= tall.turnaround.mean""#]),
        Case("claimNotAComparison", edits: claims(#"{"id": "c", "text": "t", "expect": "flat is faster"}"#),
             [#"x.json: claims[0].expect: expected "variant.metric < variant.metric" (or >, or a number on one side), got "flat is faster""#]),
        Case("claimVerdictUnknown", edits: claims(#"{"id": "c", "text": "t", "expect": "flat.turnaround.mean < tall.turnaround.mean", "expected_verdict": "true"}"#),
             [#"x.json: claims[0].expected_verdict: expected one of "supported", "contradicted", "negligible", "inconclusive", "unstable", "not_testable", got "true""#]),
        Case("claimBasisUnknown", edits: claims(#"{"id": "c", "text": "t", "basis": "doc", "expect": "flat.turnaround.mean < tall.turnaround.mean"}"#),
             [#"x.json: claims[0].basis: expected "document" (a source makes the claim) or "interpretation" (your reading), got "doc""#]),
        Case("claimDocumentWithoutSource", edits: claims(#"{"id": "c", "text": "t", "basis": "document", "expect": "flat.turnaround.mean < tall.turnaround.mean"}"#),
             [#"x.json: claims[0].basis: a document's claim cites its source: add "source" (the id of an entry of sources) or say "interpretation""#]),
        Case("claimMinEffectNegative", edits: claims(#"{"id": "c", "text": "t", "min_effect": -0.1, "expect": "flat.turnaround.mean < tall.turnaround.mean"}"#),
             [#"x.json: claims[0].min_effect: expected a number from 0 to 10, got -0.1"#]),
        Case("claimSourceUnknown", edits: claims(#"{"id": "c", "text": "t", "source": "001.txt", "expect": "flat.turnaround.mean < tall.turnaround.mean"}"#),
             [#"x.json: claims[0].source: names no entry of sources; add a source with id or file "001.txt""#]),
        Case("claimIdTwice", edits: claims(#"{"id": "c", "text": "t", "expect": "flat.turnaround.mean < tall.turnaround.mean"}, {"id": "c", "text": "u", "expect": "flat.hops.per_case < tall.hops.per_case"}"#),
             [#"x.json: claims[1].id: another claim already has the id "c""#]),
        Case("claimExpectMissing", edits: claims(#"{"id": "c", "text": "t"}"#),
             [#"x.json: claims[0].expect: is missing; add a comparison: "flat.turnaround.mean < pyramid.turnaround.mean""#]),
        Case("questionKindUnknown", edits: [(#""horizon": 100,"#, #""horizon": 100, "questions": [{"kind": "quiz", "text": "Why?"}],"#)],
             [#"x.json: questions[0].kind: expected "predict" or "discuss", got "quiz""#]),
        Case("sourceWithoutQuote", edits: [(#""horizon": 100,"#, #""horizon": 100, "sources": [{"file": "001_18ae75f4cc9d2da6.txt"}],"#)],
             [#"x.json: sources[0].quote: is missing; add the passage, in the document's own language"#]),
        Case("everyProblemCollected", edits: [(#""arrival_rate": 5"#, #""arrival_rate": 0"#), (#""levels": 4"#, #""levels": "four""#), (#""horizon": 100,"#, #""horizon": 100, "seed": -1,"#)],
             [#"x.json: seed: expected an integer from 0 to 2199023254528, got -1"#, #"x.json: workload.arrival_rate: expected a number above 0 and at most 1000000000, got 0"#, #"x.json: variants[0].structure.levels: expected an integer from 1 to 40, got "four""#]),
    ]
}

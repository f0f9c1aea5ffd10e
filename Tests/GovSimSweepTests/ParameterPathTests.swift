import GovSimScenario
import Testing

@Suite struct ParameterPathTests {
    static let document: JSONValue = {
        var parser = JSONParser(Array("""
            {"workload": {"arrival_rate": 2, "case_types": [{"share": 1}, {"share": 2}]},
             "name": "x",
             "variants": [{"structure": {"span": 4}}, {"structure": {"span": 8}, "policy": {"delegation": 1}}]}
            """.utf8))
        return (try? parser.parse()) ?? .null
    }()

    @Test func parsesKeysIndicesAndWildcards() throws {
        let path = try ParameterPath("variants[*].structure.span")
        #expect(path.components == [.key("variants"), .all, .key("structure"), .key("span")])
        #expect(try ParameterPath("variants[1].policy.delegation").description == "variants[1].policy.delegation")
    }

    @Test(arguments: [
        ("", "an empty parameter path; write one like workload.arrival_rate"),
        ("workload.", "ends with '.'; a key must follow"),
        ("variants[x].span", "expected [*] or a non-negative index in brackets, got [x]"),
        ("variants[-1].span", "expected [*] or a non-negative index in brackets, got [-1]"),
        ("variants[0", "a '[' is not closed with ']'"),
        ("a b", "unexpected \" \"; separate keys with '.' and write indices as [0] or [*]"),
    ])
    func rejectsMalformedPaths(text: String, reason: String) {
        #expect(throws: ParameterPath.SyntaxError(path: text, reason: reason)) { try ParameterPath(text) }
    }

    @Test(arguments: [
        ("variants[3].policy.delegation", "variants[3].policy.delegation: no variant 3; the scenario has 2 variants"),
        ("workload.case_types[5].share", "workload.case_types[5].share: no case type 5; workload has 2 case types"),
        ("workload.arrival_rate.mean", "workload.arrival_rate.mean: workload.arrival_rate is a number, not an object with keys"),
        ("name[0]", "name[0]: name is a string, not an array; remove the index"),
        ("variants[*].structure.service[2].exponential", "variants[*].structure.service[2].exponential: variants[0].structure.service is not in the scenario, so nothing below it can be set"),
    ])
    func explainsAPathThatNamesNothing(text: String, message: String) throws {
        let path = try ParameterPath(text)
        #expect(throws: ParameterPathError.self) { try path.resolve(in: Self.document) }
        do { _ = try path.resolve(in: Self.document) } catch { #expect(error.description == message) }
    }

    @Test func wildcardSetsEveryElement() throws {
        let path = try ParameterPath("variants[*].structure.span")
        let updated = try path.setting(.number(6), in: Self.document)
        #expect(try path.resolve(in: updated).map(\.path) == ["variants[0].structure.span", "variants[1].structure.span"])
        #expect(try path.resolve(in: updated).map(\.value) == [.number(6), .number(6)])
    }

    @Test func aKeyLeftAtItsDefaultIsAdded() throws {
        let path = try ParameterPath("variants[0].policy.delegation")
        #expect(try path.resolve(in: Self.document).map(\.path) == ["variants[0].policy.delegation"])
        let updated = try path.setting(.number(2), in: Self.document)
        #expect(try path.resolve(in: updated).first?.value == .number(2))
    }
}

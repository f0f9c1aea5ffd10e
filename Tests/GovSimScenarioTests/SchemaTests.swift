import Foundation
import GovSimScenario
import GovSimTestSupport
import Testing

/// `scenarios/schema.json` describes the format the decoder reads: every bundled scenario and the
/// starter pass it, what the decoder refuses it refuses too, and the format's documentation names
/// every key it has.
@Suite struct SchemaTests {
    static func parse(_ text: String) throws -> JSONValue {
        var parser = JSONParser(Array(text.utf8))
        return try parser.parse()
    }

    static let validator: SchemaValidator? = try? SchemaValidator(parse(Repository.text(Repository.schema)))

    @Test func schemaIsDraft202012AndUsesOnlyKnownKeywords() throws {
        let schema = try Self.parse(Repository.text(Repository.schema))
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        // An empty object exercises every keyword at the top; the $defs are reached by the scenarios below.
        let problems = try #require(Self.validator).problems(.object([]))
        #expect(problems.allSatisfy { !$0.contains("does not know") }, "\(problems)")
    }

    @Test(arguments: try Repository.bundledScenarios()) func bundledScenarioMatchesTheSchema(_ name: String) throws {
        let document = try Self.parse(Repository.text("\(Repository.scenarios)/\(name).json"))
        #expect(try #require(Self.validator).problems(document) == [])
    }

    @Test func starterScenarioMatchesTheSchema() throws {
        let document = try Self.parse(StarterScenario.text(name: "starter"))
        #expect(try #require(Self.validator).problems(document) == [])
    }

    @Test func minimalScenarioOfTheDocumentationMatchesTheSchemaAndLoads() throws {
        let document = Repository.text(Repository.formatDocument)
        let start = try #require(document.range(of: "```json\n"))
        let end = try #require(document.range(of: "```", range: start.upperBound..<document.endIndex))
        let minimal = String(document[start.upperBound..<end.lowerBound])
        #expect(try #require(Self.validator).problems(Self.parse(minimal)) == [])
        let loaded = try ScenarioLoader.decode(Array(minimal.utf8), file: "minimal.json")
        #expect(loaded.warnings.isEmpty)
        #expect(minimal.split(separator: "\n").count <= 12)
    }

    /// What the decoder reports, the schema flags: a wrong type, a value out of range, an unknown
    /// key, a missing member, an unknown generator.
    @Test(arguments: [
        (#""format": 1,"#, #""format": "1","#),
        (#""arrival_rate": 5"#, #""arrival_rate": 0"#),
        (#""levels": 4"#, #""levels": 4.5"#),
        (#""name": "x","#, #""name": "X Y","#),
        (#""horizon": 100,"#, #""horizn": 100,"#),
        (#""generator": "pyramid""#, #""generator": "pyramidal""#),
        (#"{"name": "routine", "class": 0}"#, #"{"class": 0}"#),
        (#""departments": ["A", "B"]}}"#, #""departments": ["A", "A"]}}"#),
    ]) func schemaFlagsWhatTheDecoderReports(_ edit: (String, String)) throws {
        let base = ScenarioErrorTests.base
        #expect(base.contains(edit.0))
        let bad = base.replacingOccurrences(of: edit.0, with: edit.1, options: [], range: base.range(of: edit.0))
        #expect(try !(#require(Self.validator).problems(Self.parse(bad))).isEmpty)
        #expect(try #require(Self.validator).problems(Self.parse(base)) == [])
    }

    @Test func commentKeysAreAllowedEverywhere() throws {
        let base = ScenarioErrorTests.base.replacingOccurrences(of: #""span": 3"#, with: #""span": 3, "_why": "three""#)
        #expect(try #require(Self.validator).problems(Self.parse(base)) == [])
    }

    /// The documentation and the schema agree: every key the schema knows is documented.
    @Test func formatDocumentNamesEveryKeyOfTheSchema() throws {
        let document = Repository.text(Repository.formatDocument)
        var keys = Set<String>()
        func collect(_ value: JSONValue) {
            switch value {
            case .object(let members):
                if case .object(let properties)? = value["properties"] { keys.formUnion(properties.map(\.key)) }
                members.forEach { collect($0.value) }
            case .array(let items): items.forEach(collect)
            default: break
            }
        }
        collect(try Self.parse(Repository.text(Repository.schema)))
        #expect(keys.count > 80)
        let missing = keys.filter { !document.contains("`\($0)`") && !document.contains("\"\($0)\"") }.sorted()
        #expect(missing == [], "README.md does not mention \(missing)")
    }
}

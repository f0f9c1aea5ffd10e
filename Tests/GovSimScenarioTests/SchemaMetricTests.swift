import Foundation
import GovSimEngine
import GovSimTestSupport
import Testing

/// The schema's list of metric names is the metric registry's, so an editor completes exactly the
/// names a run reports.
@Suite struct SchemaMetricTests {
    static func metricDefinition() throws -> [String: Any] {
        let data = Data(Repository.text(Repository.schema).utf8)
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        return try #require(defs["metric"] as? [String: Any])
    }

    @Test func schemaListsTheRegisteredMetricsInOrder() throws {
        let anyOf = try #require(try Self.metricDefinition()["anyOf"] as? [[String: Any]])
        let names = try #require(anyOf.first?["enum"] as? [String])
        #expect(names == Metric.allCases.map(\.rawValue))
    }

    @Test func schemaPatternAcceptsExactlyTheRegistryPerLevelNames() throws {
        let anyOf = try #require(try Self.metricDefinition()["anyOf"] as? [[String: Any]])
        let pattern = try #require(anyOf.last?["pattern"] as? String)
        let regex = try NSRegularExpression(pattern: pattern)
        let candidates = Metric.PerLevel.allCases.flatMap { [$0.name(level: 0), $0.name(level: 17), $0.rawValue + "03", $0.rawValue] }
            + ["turnaround.level.1", "utilisation.level.x"]
        for name in candidates {
            let matches = regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
            let known = Metric.PerLevel.parse(name) != nil
            #expect(matches == known, "\(name): schema says \(matches), registry says \(known)")
        }
    }
}

import GovSimEngine
import GovSimScenario
import Testing

/// A claim's verdict comes from the 95% confidence intervals of its two sides.
@Suite struct ClaimTests {
    static func claim(_ expect: String) throws -> Claim {
        Claim(id: "c", text: "", source: nil, expect: try #require(Claim.Comparison.parse(expect)), expectedVerdict: nil)
    }

    static let summaries: [String: [String: MetricSummary]] = [
        "flat": ["turnaround.mean": MetricSummary([1.0, 1.1, 0.9]), "single": MetricSummary([1.0])],
        "pyramid": ["turnaround.mean": MetricSummary([3.0, 3.2, 2.8]), "overlap": MetricSummary([0.5, 1.5, 1.0])],
    ]

    @Test(arguments: [
        ("flat.turnaround.mean < pyramid.turnaround.mean", Claim.Verdict.supported),
        ("flat.turnaround.mean > pyramid.turnaround.mean", .contradicted),
        ("pyramid.turnaround.mean > flat.turnaround.mean", .supported),
        ("flat.turnaround.mean < pyramid.overlap", .inconclusive),
        ("flat.turnaround.mean < 2", .supported),
        ("flat.turnaround.mean > 2", .contradicted),
        ("flat.turnaround.mean > 1", .inconclusive),
        ("flat.single < pyramid.turnaround.mean", .inconclusive),
    ]) func verdictFollowsTheIntervals(_ expect: String, _ verdict: Claim.Verdict) throws {
        let result = try #require(ClaimResult(Self.claim(expect), summaries: Self.summaries))
        #expect(result.verdict == verdict)
    }

    @Test func claimOnAMetricTheRunLacksIsNotJudged() throws {
        #expect(ClaimResult(try Self.claim("flat.shock.detection < pyramid.shock.detection"), summaries: Self.summaries) == nil)
        let unmeasured = ClaimResult(unmeasured: try Self.claim("flat.shock.detection < pyramid.shock.detection"))
        #expect(unmeasured.verdict == .inconclusive)
    }

    @Test(arguments: ["a.b<c.d", "a.b < c.d", "  a.b  <  c.d  ", "a.b\t<\tc.d"]) func parsesWithOrWithoutSpaces(_ text: String) throws {
        let comparison = try #require(Claim.Comparison.parse(text))
        #expect(comparison.description == "a.b < c.d")
    }

    @Test(arguments: ["a.b <= c.d", "a.b < c.d < e.f", "a.b", "a < b", "a.b == c.d", "flat is faster", "", "a.b < ", ".b < c.d"])
    func refusesWhatIsNotAComparison(_ text: String) {
        #expect(Claim.Comparison.parse(text) == nil)
    }

    @Test func parsesNumbersAndDottedMetrics() throws {
        let comparison = try #require(Claim.Comparison.parse("levels-2.utilisation.level.0 > 0.95"))
        #expect(comparison.left == .metric(variant: "levels-2", metric: "utilisation.level.0"))
        #expect(comparison.right == .constant(0.95))
    }
}

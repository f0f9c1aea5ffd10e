import GovSimEngine
import GovSimScenario
import Testing

/// A claim's verdict comes from the 95% interval of its effect: the per-replication difference
/// of its two sides (paired: the variants share their arrivals), relative to the right side,
/// against the claim's minimum effect.
@Suite struct ClaimTests {
    static func claim(_ expect: String, minEffect: Double = Claim.defaultMinEffect, notTestable: String? = nil) throws -> Claim {
        Claim(id: "c", text: "", source: nil, expect: try #require(Claim.Comparison.parse(expect)), expectedVerdict: nil,
              minEffect: minEffect, notTestable: notTestable)
    }

    static let evidence = ClaimResult.Evidence(values: [
        "flat": ["turnaround.mean": [1.0, 1.1, 0.9], "single": [1.0, .nan, .nan], "utilisation.max": [0.5, 0.6, 0.55]],
        "pyramid": ["turnaround.mean": [3.0, 3.2, 2.8], "overlap": [0.5, 1.5, 1.0], "close": [1.01, 1.111, 0.909],
                    "utilisation.max": [0.9, 0.95, 0.92]],
    ])

    @Test(arguments: [
        ("flat.turnaround.mean < pyramid.turnaround.mean", Claim.Verdict.supported),
        ("flat.turnaround.mean > pyramid.turnaround.mean", .contradicted),
        ("pyramid.turnaround.mean > flat.turnaround.mean", .supported),
        ("flat.turnaround.mean < pyramid.overlap", .inconclusive),
        ("flat.turnaround.mean < 2", .supported),
        ("flat.turnaround.mean > 2", .contradicted),
        ("flat.turnaround.mean > 1", .inconclusive),
        ("2 > flat.turnaround.mean", .supported),
        ("flat.single < pyramid.turnaround.mean", .inconclusive),
        ("flat.turnaround.mean < pyramid.close", .negligible),
    ]) func verdictFollowsTheEffectsInterval(_ expect: String, _ verdict: Claim.Verdict) throws {
        let result = try #require(ClaimResult(Self.claim(expect), evidence: Self.evidence))
        #expect(result.verdict == verdict)
    }

    /// 1% lower in every replication, with a 5% minimum effect: certain, and too small to matter.
    @Test func aOnePercentDifferenceIsNegligibleAgainstAFivePercentMinimum() throws {
        // b's mean is 2.5; a is 0.025 (1%) below it in every replication, give or take a little.
        let evidence = ClaimResult.Evidence(values: ["a": ["turnaround.mean": [0.976, 1.974, 2.9755, 3.9745]],
                                                     "b": ["turnaround.mean": [1.0, 2.0, 3.0, 4.0]]])
        let strict = try #require(ClaimResult(Self.claim("a.turnaround.mean < b.turnaround.mean", minEffect: 0.05), evidence: evidence))
        #expect(strict.verdict == .negligible)
        let loose = try #require(ClaimResult(Self.claim("a.turnaround.mean < b.turnaround.mean", minEffect: 0.005), evidence: evidence))
        #expect(loose.verdict == .supported)
        #expect(abs(try #require(strict.effect).relative + 0.01) < 1e-9)
    }

    /// Common random numbers make replications move together: the paired interval is far
    /// narrower than the two separate intervals, and the verdict uses it (separate intervals
    /// overlap here, so the old rule said inconclusive).
    @Test func pairedIntervalIsNarrowerAndDecides() throws {
        let busy = [10.0, 20.0, 30.0, 40.0, 50.0]
        let noise = [0.2, -0.2, 0.1, -0.1, 0.0]
        let evidence = ClaimResult.Evidence(values: ["fast": ["turnaround.mean": zip(busy, noise).map { $0 - 5 + $1 }],
                                                     "slow": ["turnaround.mean": busy]])
        let result = try #require(ClaimResult(Self.claim("fast.turnaround.mean < slow.turnaround.mean"), evidence: evidence))
        let effect = try #require(result.effect)
        #expect(effect.paired)
        #expect(result.left.upper > result.right.lower, "the separate intervals overlap")
        let unpairedHalfWidth = result.left.halfWidth + result.right.halfWidth
        #expect((effect.upper - effect.lower) / 2 * effect.scale < unpairedHalfWidth / 10)
        #expect(result.verdict == .supported)
    }

    @Test func claimOnATimeOfAnUnstableVariantIsUnstable() throws {
        var evidence = Self.evidence
        evidence.unstable = ["flat"]
        let time = try #require(ClaimResult(Self.claim("flat.turnaround.mean < pyramid.turnaround.mean"), evidence: evidence))
        #expect(time.verdict == .unstable)
        #expect(time.unstableVariants == ["flat"])
        // Utilisation needs no steady state: it is judged as usual.
        let load = try #require(ClaimResult(Self.claim("flat.utilisation.max < pyramid.utilisation.max"), evidence: evidence))
        #expect(load.verdict == .supported)
    }

    @Test func declaredUntestableClaimIsNotJudged() throws {
        let claim = try Self.claim("flat.turnaround.mean < pyramid.turnaround.mean", notTestable: "the model has no leaks to stop")
        #expect(ClaimResult(claim, evidence: Self.evidence)?.verdict == .notTestable)
        #expect(ClaimResult(unmeasured: claim).verdict == .notTestable)
    }

    @Test func claimOnAMetricTheRunLacksIsNotJudged() throws {
        #expect(ClaimResult(try Self.claim("flat.shock.detection < pyramid.shock.detection"), evidence: Self.evidence) == nil)
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

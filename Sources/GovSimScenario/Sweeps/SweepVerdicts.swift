import GovSimEngine

/// Every claim judged at every point of a sweep, by the same rule as a run: how much of the
/// swept range of assumptions supports it. A point's variants share their arrivals, so claims
/// between them are paired there as in a run; a variant whose backlog grows at a point
/// (`backlog.growth`) has no steady state there.
public struct SweepVerdicts: Sendable {
    /// `results[point][claim]`; nil where the point has no results yet.
    public let results: [[ClaimResult]?]
    public let claims: [Claim]

    public init(_ definition: SweepDefinition, _ results: SweepResults) {
        claims = definition.claims
        self.results = definition.points.indices.map { point in
            let replications = results.replications(of: point)
            guard !replications.isEmpty else { return nil }
            var values: [String: [String: [Double]]] = [:]
            var unstable = Set<String>()
            let names = results.metricNames(point: point)
            for (index, variant) in definition.variants.enumerated() {
                values[variant] = Dictionary(uniqueKeysWithValues: names.map { name in
                    (name, results.values(point: point, variant: index, metric: name))
                })
                if Stability.isGrowing(values[variant]?[Metric.backlogGrowth.rawValue] ?? []) { unstable.insert(variant) }
            }
            let evidence = ClaimResult.Evidence(values: values, unstable: unstable)
            return definition.claims.map { ClaimResult($0, evidence: evidence) ?? ClaimResult(unmeasured: $0) }
        }
    }

    /// Points judged, and how many gave each verdict, for claim `index`.
    public func tally(claim index: Int) -> (judged: Int, counts: [Claim.Verdict: Int]) {
        var counts: [Claim.Verdict: Int] = [:], judged = 0
        for point in results.compactMap({ $0 }) where point.indices.contains(index) {
            judged += 1
            counts[point[index].verdict, default: 0] += 1
        }
        return (judged, counts)
    }

    /// "supported at 34 of 40 points; negligible at 6".
    public func summary(claim index: Int) -> String {
        let (judged, counts) = tally(claim: index)
        guard judged > 0 else { return "no point judged yet" }
        let parts = Claim.Verdict.allCases.compactMap { verdict in
            counts[verdict].map { "\(verdict.rawValue) at \($0)" }
        }
        guard let first = parts.first else { return "no point judged yet" }
        return ([first + " of \(judged) points"] + parts.dropFirst()).joined(separator: "; ")
    }

    /// A claim id as a column name R and pandas take without quoting: `verdict_flat_faster`.
    public static func column(_ claim: Claim) -> String {
        "verdict_" + String(claim.id.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}

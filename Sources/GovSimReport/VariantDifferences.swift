import GovSimModel
import GovSimScenario
import GovSimText

/// What differs between two variants that a claim compares, in structure and in policy: a claim
/// that credits "the pyramid" should say when delegation or peer links differ too.
public enum VariantDifferences {
    /// "levels 5 vs 3", "policy.delegation 0 vs 2", ...; empty when the two are alike.
    static func between(_ a: VariantSummary, _ b: VariantSummary) -> [String] {
        between(a.figures, a.policy, b.figures, b.policy)
    }

    /// The same from each variant's structure in figures and its policy (what `explain` has
    /// before any run).
    public static func between(_ fa: StructureSummary, _ pa: Policy, _ fb: StructureSummary, _ pb: Policy) -> [String] {
        var lines: [String] = []
        func compare(_ name: String, _ x: Int, _ y: Int) {
            if x != y { lines.append("\(name) \(NumberFormat.grouped(x)) vs \(NumberFormat.grouped(y))") }
        }
        compare("levels", fa.levels, fb.levels)
        compare("units", fa.units, fb.units)
        compare("staff", fa.headcount, fb.headcount)
        compare("front-line offices", fa.frontLineUnits, fb.frontLineUnits)
        compare("widest span", fa.maxSpan, fb.maxSpan)
        compare("departments", fa.departments, fb.departments)
        compare("peer links", fa.peerLinks, fb.peerLinks)
        compare("skip-level links", fa.skipLevelLinks, fb.skipLevelLinks)
        compare("dotted lines", fa.dottedLines, fb.dottedLines)
        let la = policy(pa), lb = policy(pb)
        for key in (la.keys.sorted() + lb.keys.sorted()).uniqued() where la[key] != lb[key] {
            lines.append("\(key) \(la[key] ?? "default") vs \(lb[key] ?? "default")")
        }
        return lines
    }

    /// Levers changed from the defaults, by name.
    private static func policy(_ policy: Policy) -> [String: String] {
        var levers: [String: String] = [:]
        for change in Manifest.policyChanges(policy) {
            guard let range = change.range(of: " = ") else { continue }
            levers[String(change[..<range.lowerBound])] = String(change[range.upperBound...])
        }
        return levers
    }
}

extension ReportText {
    /// Every pair of variants some claim compares, in the claims' order, with what differs
    /// between them: the "what differs" table.
    var comparedPairs: [(left: String, right: String, differences: [String])] {
        var pairs: [(String, String, [String])] = []
        for result in run.claims {
            guard case .metric(let left, _) = result.claim.expect.left, case .metric(let right, _) = result.claim.expect.right,
                  left != right, !pairs.contains(where: { $0.0 == left && $0.1 == right }),
                  let a = run.variants.first(where: { $0.name == left }), let b = run.variants.first(where: { $0.name == right })
            else { continue }
            pairs.append((left, right, VariantDifferences.between(a, b)))
        }
        return pairs
    }

    /// "; flat and pyramid also differ in: delegation 2 vs 0, peer links 48 vs none" for a claim
    /// between two variants; empty for a claim against a number or between variants alike but for
    /// their structure's size.
    static func differsNote(_ claim: Claim, in run: RunSummary) -> String {
        guard case .metric(let left, _) = claim.expect.left, case .metric(let right, _) = claim.expect.right, left != right,
              let a = run.variants.first(where: { $0.name == left }), let b = run.variants.first(where: { $0.name == right })
        else { return "" }
        let differences = VariantDifferences.between(a, b)
        return differences.isEmpty ? "" : "; \(left) vs \(right) differ in: \(differences.joined(separator: ", "))"
    }
}

private extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

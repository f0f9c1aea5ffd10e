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
        // Every lever by name with its value (defaults included), in the manifest's order.
        let la = levers(pa), lb = levers(pb)
        for ((key, x), (_, y)) in zip(la, lb) where x != y { lines.append("\(key) \(x) vs \(y)") }
        return lines
    }

    /// Every lever of a policy with its value as the manifest writes it, on one line.
    private static func levers(_ policy: Policy) -> [(String, String)] {
        Manifest.policyMembers(policy).map { name, value in
            (name, value.rendered().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))
        }
    }
}

extension ReportText {
    /// Every pair of variants some claim compares (either way round, once), in the claims' order, with what differs
    /// between them: the "what differs" table.
    var comparedPairs: [(left: String, right: String, differences: [String])] {
        var pairs: [(String, String, [String])] = []
        for result in run.claims {
            guard let (a, b) = run.comparedVariants(result.claim),
                  !pairs.contains(where: { Set([$0.0, $0.1]) == Set([a.name, b.name]) }) else { continue }
            pairs.append((a.name, b.name, VariantDifferences.between(a, b)))
        }
        return pairs
    }

    /// "; flat and pyramid also differ in: delegation 2 vs 0, peer links 48 vs none" for a claim
    /// between two variants; empty for a claim against a number or between variants alike but for
    /// their structure's size.
    static func differsNote(_ claim: Claim, in run: RunSummary) -> String {
        guard let (a, b) = run.comparedVariants(claim) else { return "" }
        let differences = VariantDifferences.between(a, b)
        return differences.isEmpty ? "" : "; \(a.name) vs \(b.name) differ in: \(differences.joined(separator: ", "))"
    }
}

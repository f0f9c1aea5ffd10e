/// A claim from a document, stated so that a run can check it.
///
/// `expect` compares one variant's metric with another's (or with a number):
/// `flat.turnaround.mean < pyramid.turnaround.mean`.
public struct Claim: Sendable, Hashable {
    public var id: String
    public var text: String
    /// The ``Scenario/Source`` id (or file name) it is drawn from.
    public var source: String?
    public var expect: Comparison
    /// The verdict the scenario's author recorded for its default settings; the test suite holds
    /// every bundled scenario to it.
    public var expectedVerdict: Verdict?
    /// Whether a document makes the claim or the scenario's author reads it in.
    public var basis: Basis
    /// The smallest relative difference that counts (0.05: 5% of the baseline side): a smaller
    /// one, however certain, is `negligible`.
    public var minEffect: Double
    /// Why the model cannot test the claim, when its author says so; the verdict is then
    /// `not_testable` whatever the run gives.
    public var notTestable: String?

    /// The minimum effect of a claim that sets none: 5% of the baseline, a difference a class
    /// would notice and a paper would report.
    public static let defaultMinEffect = 0.05

    public init(id: String, text: String, source: String?, expect: Comparison, expectedVerdict: Verdict?,
                basis: Basis = .interpretation, minEffect: Double = Claim.defaultMinEffect, notTestable: String? = nil) {
        self.id = id
        self.text = text
        self.source = source
        self.expect = expect
        self.expectedVerdict = expectedVerdict
        self.basis = basis
        self.minEffect = minEffect
        self.notTestable = notTestable
    }

    /// The metrics the claim names, each once, left side first.
    public var metrics: [String] {
        var names: [String] = []
        for case .metric(_, let metric) in [expect.left, expect.right] where !names.contains(metric) { names.append(metric) }
        return names
    }

    /// The two variants the claim compares, when both sides are metrics of different variants.
    public var comparedVariants: (left: String, right: String)? {
        guard case .metric(let left, _) = expect.left, case .metric(let right, _) = expect.right, left != right else { return nil }
        return (left, right)
    }

    /// Who makes a claim.
    public enum Basis: String, Sendable, CaseIterable {
        /// A source document makes it (the claim cites a source whose quote says so).
        case document
        /// The scenario's author reads it in: an extrapolation or a counter-claim.
        case interpretation
    }

    /// What a run says of a claim. The effect is the difference of the two sides relative to the
    /// baseline (the right side), in the claimed direction, with its 95% confidence interval; m is
    /// the claim's minimum effect.
    public enum Verdict: String, Sendable, CaseIterable {
        /// The effect is at least m: its whole interval lies at or beyond m in the claimed direction.
        case supported
        /// The effect is at least m the other way.
        case contradicted
        /// The effect is confidently smaller than m either way: its interval lies within (-m, m).
        case negligible
        /// The interval is too wide to tell.
        case inconclusive
        /// A side is a metric that needs a steady state its variant does not reach.
        case unstable
        /// The scenario's author declares the claim beyond what the model can test.
        case notTestable = "not_testable"
    }

    /// One side of a comparison: a variant's metric, or a constant.
    public enum Operand: Sendable, Hashable, CustomStringConvertible {
        case metric(variant: String, metric: String)
        case constant(Double)

        public var description: String {
            switch self {
            case .metric(let variant, let metric): "\(variant).\(metric)"
            case .constant(let value): FieldReader.format(value)
            }
        }
    }

    public struct Comparison: Sendable, Hashable, CustomStringConvertible {
        public enum Relation: String, Sendable { case less = "<", greater = ">" }
        public var left: Operand
        public var relation: Relation
        public var right: Operand

        public var description: String { "\(left) \(relation.rawValue) \(right)" }

        /// Parses `a.metric < b.metric` (spaces around the relation are optional); nil when it is
        /// not of that shape.
        public static func parse(_ text: String) -> Comparison? {
            let relations = text.indices.filter { text[$0] == "<" || text[$0] == ">" }
            guard relations.count == 1, let at = relations.first, let relation = Relation(rawValue: String(text[at])),
                  let left = operand(trimmed(text[..<at])), let right = operand(trimmed(text[text.index(after: at)...]))
            else { return nil }
            return Comparison(left: left, relation: relation, right: right)
        }

        static func trimmed(_ text: Substring) -> Substring {
            var text = text
            while text.first == " " || text.first == "\t" { text.removeFirst() }
            while text.last == " " || text.last == "\t" { text.removeLast() }
            return text
        }

        static func operand(_ text: Substring) -> Operand? {
            if let value = Double(text), value.isFinite { return .constant(value) }
            let allowed = text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
            }
            guard allowed, let dot = text.firstIndex(of: "."), dot != text.startIndex, text.index(after: dot) != text.endIndex
            else { return nil }
            return .metric(variant: String(text[..<dot]), metric: String(text[text.index(after: dot)...]))
        }
    }
}

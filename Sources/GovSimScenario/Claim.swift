import GovSimEngine

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

    public init(id: String, text: String, source: String?, expect: Comparison, expectedVerdict: Verdict?) {
        self.id = id
        self.text = text
        self.source = source
        self.expect = expect
        self.expectedVerdict = expectedVerdict
    }

    public enum Verdict: String, Sendable, CaseIterable {
        /// The confidence intervals separate in the claimed direction.
        case supported
        /// They separate the other way.
        case contradicted
        /// They overlap: the run cannot tell.
        case inconclusive
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

        /// Parses `a.metric < b.metric`; nil when it is not of that shape.
        public static func parse(_ text: String) -> Comparison? {
            let parts = text.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 3, let relation = Relation(rawValue: String(parts[1])),
                  let left = operand(parts[0]), let right = operand(parts[2]) else { return nil }
            return Comparison(left: left, relation: relation, right: right)
        }

        static func operand(_ text: Substring) -> Operand? {
            if let value = Double(text), value.isFinite { return .constant(value) }
            guard let dot = text.firstIndex(of: "."), dot != text.startIndex, text.index(after: dot) != text.endIndex else { return nil }
            return .metric(variant: String(text[..<dot]), metric: String(text[text.index(after: dot)...]))
        }
    }
}

/// What a run says about a claim: the verdict and the figures behind it.
public struct ClaimResult: Sendable {
    public let claim: Claim
    public let verdict: Claim.Verdict
    public let left: MetricSummary
    public let right: MetricSummary

    /// Judges a claim on summaries by variant name; nil when an operand names nothing in them.
    public init?(_ claim: Claim, summaries: [String: [String: MetricSummary]]) {
        func summary(_ operand: Claim.Operand) -> MetricSummary? {
            switch operand {
            case .constant(let value): MetricSummary([value])
            case .metric(let variant, let metric): summaries[variant]?[metric]
            }
        }
        guard let left = summary(claim.expect.left), let right = summary(claim.expect.right) else { return nil }
        self.claim = claim
        self.left = left
        self.right = right
        let below = left.upper < right.lower, above = left.lower > right.upper
        switch claim.expect.relation {
        case .less: verdict = below ? .supported : above ? .contradicted : .inconclusive
        case .greater: verdict = above ? .supported : below ? .contradicted : .inconclusive
        }
    }
}

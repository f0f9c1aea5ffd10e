/// What one metric is: everything an output needs to show it, defined once in ``MetricRegistry``.
public struct MetricDefinition: Sendable, Hashable {
    /// What the number counts or measures, and so how it is shown.
    public enum Kind: String, Sendable {
        /// A duration in the scenario's time unit.
        case time
        /// A number of cases or people.
        case count
        /// A share from 0 to 1.
        case share
        /// Money per case (staff cost).
        case money
        /// Events per case (hops, messages, trips).
        case perCase = "per_case"
        /// Incidents per 1,000 cases.
        case perThousand = "per_thousand"
        /// Cases per time unit.
        case rate
        /// A change that may go either way (a growth, as a share).
        case change

        /// The values a metric of this kind can take: an interval is cut to them (a count's
        /// interval never goes below zero, a share's never above one).
        public var range: ClosedRange<Double> {
            switch self {
            case .share: 0...1
            case .change: -Double.infinity...Double.infinity
            default: 0...Double.infinity
            }
        }
    }

    /// Which way is better, for a class reading a comparison.
    public enum Better: String, Sendable {
        case lower, higher, neither
    }

    /// The name as files and claims write it (for a per-level metric, with "k" for the level).
    public let name: String
    public let meaning: String
    public let kind: Kind
    public let better: Better
    /// True when the number means something only if the variant reaches a steady state: a mean
    /// over the cases that finished says little while the queue in front of them grows without
    /// bound. Times and per-case averages over completed cases do; utilisation and backlog do not.
    public let needsSteadyState: Bool
    /// Significant digits a person is shown.
    public let digits: Int
    /// Place among the metrics a class reads first (0 first); nil when not a headline metric.
    public let headlineRank: Int?
    /// Whether the comparison chart draws it (a shorter list than the tables: one slide).
    public let charted: Bool

    public init(name: String, meaning: String, kind: Kind, better: Better, needsSteadyState: Bool,
                digits: Int = 3, headlineRank: Int? = nil, charted: Bool = false) {
        self.name = name
        self.meaning = meaning
        self.kind = kind
        self.better = better
        self.needsSteadyState = needsSteadyState
        self.digits = digits
        self.headlineRank = headlineRank
        self.charted = charted
    }
}

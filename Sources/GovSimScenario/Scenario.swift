import GovSimEngine
import GovSimModel

/// A teaching or research scenario: the story, the claims it tests, and the experiment that tests them.
public struct Scenario: Sendable {
    /// The format version this build reads.
    public static let currentFormat = 1

    public var format: Int
    /// Short identifier: the file's name and the output folder's (`pyramid-vs-flat`).
    public var name: String
    public var title: String
    /// What the class should notice.
    public var narrative: String
    /// The unit of every time figure ("hour", "day").
    public var timeUnit: String
    public var sources: [Source]
    public var claims: [Claim]
    public var questions: [Question]
    public var length: RunLength
    public var replications: Int
    public var seed: UInt64
    public var workload: Workload
    public var variants: [Variant]
    /// Where the scenario was read from, for messages and the report's footer.
    public var file: String
    /// SHA-256 of the exact bytes decoded, nil for a scenario built in code: the manifest hashes
    /// what ran, not whatever the file holds by the time the report is written.
    public var sourceSHA256: String?
    /// The sweep the file declares, decoded with the rest; nil when it declares none.
    public var sweep: Sweep?
    /// The parsed document the scenario was decoded from, kept so a sweep sets its points in it
    /// without reading or parsing the file again; nil for a scenario built in code.
    public var document: JSONValue?
    /// What each variant stands for, by variant name (those the file describes).
    public var variantDescriptions: [String: String] = [:]

    /// A passage of a source document that a claim draws on.
    public struct Source: Sendable, Hashable {
        /// Name the claims use to cite it (defaults to the file name).
        public var id: String
        /// The document's file name in `seeds/`.
        public var file: String
        /// The passage in the original language.
        public var quote: String
        /// An English rendering, for quotes in another language.
        public var translation: String?
    }

    /// A question for the class: asked before the run ("predict") or after it ("discuss").
    public struct Question: Sendable, Hashable {
        public enum Kind: String, Sendable, CaseIterable { case predict, discuss }
        public var kind: Kind
        public var text: String
        /// What the model shows, revealed after the run.
        public var answer: String?
    }

    /// The experiment this scenario describes, ready to run.
    public func experiment(options: RecorderOptions = RecorderOptions()) -> Experiment {
        Experiment(variants: variants, workload: workload, length: length, seed: seed,
                   replications: replications, options: options)
    }
}

extension Scenario {
    /// Cases its run simulates in all (arrival rate x horizon x replications, over the variants),
    /// the work bound ``ScenarioLoader/Limits/maxCases`` is checked against. Shocks are bounded
    /// separately.
    public var estimatedCases: Double {
        Self.estimatedCases(workload, variants: variants, horizon: length.horizon, replications: replications) { variant in
            (try? Hierarchy(variant.structure))?.frontLine.count ?? 1
        }
    }

    static func estimatedCases(_ workload: Workload, variants: [Variant], horizon: Double, replications: Int,
                               frontLine: (Variant) -> Int) -> Double {
        variants.reduce(0.0) { total, variant in
            total + workload.totalRate(frontLineUnits: frontLine(variant)) * horizon
        } * Double(replications)
    }
}

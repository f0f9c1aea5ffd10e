import Foundation

/// The levers of a variant: how authority is spread and which channels may be used.
///
/// Rules are parameters, never code per scenario: a pyramid and a flat organisation run the same
/// engine, and only these values and the structure differ.
public struct Policy: Hashable, Sendable {
    /// Extra decision classes every unit below the top may decide, on top of its height
    /// ("centralization and decentralization combined", 001). 0 = authority follows rank.
    public var delegation: Int
    /// Authority of each level (index 0 = top), overriding height + delegation where given.
    public var authorityByLevel: [Int]?
    /// A unit that needs another department's input asks a peer of that department directly,
    /// when it has one, instead of escalating to the common superior ("peers at the same level
    /// exchange information directly", 001).
    public var peerConsultation: Bool
    /// Escalations use a skip-level link when the unit has one to a superior with enough authority.
    public var skipLevel: Bool
    /// The decision goes straight back to the front-line unit (electronic notification) instead of
    /// being relayed down through every level in between.
    public var directReply: Bool

    /// How a case that concerns several departments is handled (002, 003).
    public var serviceMode: ServiceMode = .internal
    /// How the citizen hands the case in; in person costs a trip (004: "run fewer errands").
    public var intake: Intake = .online
    /// The citizen's travel to an office, for in-person intake and sequential trips.
    public var tripTime: Distribution = .deterministic(1)
    /// What the links carry: electronic messages (their own delays) or paper files.
    public var medium: Medium = .electronic
    /// Delay of every link when the medium is paper (courier days rather than network minutes).
    public var paperDelay: Distribution = .exponential(mean: 8)
    /// Dual track (004): after the online intake the paper file travels to the front office's
    /// superior (the home unit) for a paper approval and back, before anything else happens.
    public var paperApproval: Bool = false
    /// Probability that an intermediate unit passes a case back instead of on ("pass the buck", 001).
    public var buckPassing: Double = 0
    /// Probability of a waste or corruption incident at each intermediate hop (001); the decision
    /// of a case with an incident counts as wrong.
    public var corruption: Double = 0
    /// Probability that the two directives reaching a unit with a dotted-line superior conflict,
    /// so the unit must settle it with that superior before going on (multi-head management, 001, 003).
    public var conflictProbability: Double = 0
    /// The decision layer's learning curve (001: ability grows "with the depth and breadth of work").
    public var learning: Learning?
    /// Citizens report the outcome of every decision straight to the unit that took it (000, 001).
    public var feedback: Bool = false
    /// Periodic evaluation that moves authority toward units that decide well (000, 001).
    public var evaluation: Evaluation?
    /// Probability that one electronic message leaks the case's data (004).
    public var leakProbability: Double = 0
    /// Internal networks physically isolated from the external one (001): no leaks inside, but a
    /// message between the front line (or the platform) and the offices above crosses a gateway.
    public var isolatedNetworks: Bool = false
    /// The extra delay of a gateway (or paper) crossing between isolated networks.
    public var gatewayDelay: Distribution = .exponential(mean: 2)

    public init(
        delegation: Int = 0, authorityByLevel: [Int]? = nil, peerConsultation: Bool = true,
        skipLevel: Bool = true, directReply: Bool = false
    ) {
        self.delegation = delegation
        self.authorityByLevel = authorityByLevel
        self.peerConsultation = peerConsultation
        self.skipLevel = skipLevel
        self.directReply = directReply
    }

    public enum ServiceMode: String, CaseIterable, Hashable, Sendable {
        /// The organisation gathers the other departments' input itself (peers or superiors).
        case `internal`
        /// The citizen takes the case to each department's front office in turn.
        case sequentialTrips = "sequential_trips"
        /// The front office asks every other department at once over the shared platform and
        /// decides when all answers are in ("one network handles everything", 003).
        case oneStop = "one_stop"
    }

    public enum Intake: String, CaseIterable, Hashable, Sendable { case online, inPerson = "in_person" }

    public enum Medium: String, CaseIterable, Hashable, Sendable { case electronic, paper }

    /// Error rate of a unit below the top after it has learnt from n outcomes:
    /// final + (initial - final) * 2^(-n / halfLife).
    public struct Learning: Hashable, Sendable {
        public var initialError: Double
        public var finalError: Double
        public var halfLife: Double
        /// Share of outcomes a unit learns of without citizen feedback (its superior's inspections).
        public var inspectionRate: Double

        /// The inspection rate a scenario leaves unset; also the rate at which units learn their
        /// outcomes for an ``Evaluation`` under a policy without learning (and without feedback).
        public static let defaultInspectionRate = 0.1

        public init(initialError: Double, finalError: Double, halfLife: Double,
                    inspectionRate: Double = Learning.defaultInspectionRate) {
            self.initialError = initialError
            self.finalError = finalError
            self.halfLife = halfLife
            self.inspectionRate = inspectionRate
        }

        public func errorRate(afterLearning outcomes: Double) -> Double {
            finalError + (initialError - finalError) * pow(2, -outcomes / max(halfLife, 1e-9))
        }
    }

    /// Every `interval`, each unit below the top whose decisions since the last evaluation were
    /// right at least `threshold` of the time gains one class of authority; one below loses one
    /// (never below its starting authority).
    public struct Evaluation: Hashable, Sendable {
        public var interval: Double
        public var threshold: Double

        /// The threshold a scenario leaves unset.
        public static let defaultThreshold = 0.9

        public init(interval: Double, threshold: Double = Evaluation.defaultThreshold) {
            self.interval = interval
            self.threshold = threshold
        }
    }
}

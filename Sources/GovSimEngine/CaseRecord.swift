/// One case in flight: where it stands and what it has cost so far.
///
/// Records live in one array and are recycled through a free list, so memory follows the number of
/// open cases, not the number that ever arrived. Reports up the line and one-stop sub-requests are
/// records too, marked by their phase or their parent.
///
/// Laid out for the cache: 96 bytes, the fields every step reads in the first 64 (Swift keeps
/// declaration order), the fields only the policy levers, shocks and traced journeys use in a
/// separate ``CaseExtras`` that other cases never touch. At two million open cases the 160-byte
/// record this replaced cost three cache misses a step; the 128-byte one after it, 300 MB.
struct CaseRecord {
    enum Phase: UInt8 {
        /// Travelling up until a unit may decide it.
        case seekingDecision
        /// At a peer or platform of another department, which gives its input.
        case consulting
        /// Decided; the answer travels back to the front-line unit.
        case answering
        /// A report that the top must learn of a decided case: climbs to the top, then ends.
        case notifying
        /// Dual track: the paper file is at the home unit for a paper approval.
        case paperApproval
        /// Multi-head management: at the second superior to settle conflicting directives.
        case reconciling
        /// A one-stop sub-request's answer on its way back to the office that asked.
        case reporting
    }

    /// One-off marks a case picks up on its way.
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// Passed back by a superior: the sender resubmits it without another bounce draw.
        static let resubmitted = Flags(rawValue: 1)
        /// The current unit already settled its directives with its second superior.
        static let reconciled = Flags(rawValue: 2)
        /// A waste or corruption incident touched it: its decision counts as wrong.
        static let corrupted = Flags(rawValue: 4)
        /// Its paper approval at the home unit is done.
        static let paperApproved = Flags(rawValue: 8)
        /// Another department's part of the case was decided wrongly (sequential trips, one-stop):
        /// the case as a whole is then wrong, whatever its last decision.
        static let wrongElsewhere = Flags(rawValue: 16)
        /// Its ``CaseExtras`` have been written (else they hold their defaults and are not read).
        static let hasExtras = Flags(rawValue: 32)
        /// Its decision was right (before incidents: see ``Recorder/completed``).
        static let correct = Flags(rawValue: 64)
    }

    // First 64 bytes: read or written at every step.
    var enqueuedAt: Double = 0
    var wait: Double = 0
    var work: Double = 0
    var fidelity: Double = 1
    /// Departments whose input the decision needs (bit per department).
    var needed: UInt64
    /// Next case in the unit's FIFO queue, or in the free list.
    var next: Int32 = -1
    var origin: Int32
    var services: Int32 = 0
    var messages: Int32 = 0
    /// Clamped to Int16, like units' authority (a scenario's classes are at most 1,000).
    var decisionClass: Int16
    var decisionLevel: Int16 = -1
    var caseType: UInt16
    var phase: Phase = .seekingDecision
    var flags: Flags = []

    // Last 32 bytes: at the decision, on the way down and at the end.
    var arrival: Double
    /// Share of the decision's content left when it reaches the citizen: orders relayed down
    /// lose detail at every level too ("orders are passed from the highest level to the lowest", 001).
    var answerFidelity: Double = 1
    var transit: Double = 0
    var decisionTime: Double = 0

    init(arrival: Double, origin: Int32, caseType: UInt16, decisionClass: Int16, needed: UInt64) {
        self.arrival = arrival
        self.origin = origin
        self.caseType = caseType
        self.decisionClass = decisionClass
        self.needed = needed
    }
}

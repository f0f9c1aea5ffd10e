/// One case in flight: where it stands and what it has cost so far.
///
/// Records live in one array and are recycled through a free list, so memory follows the number of
/// open cases, not the number that ever arrived.
struct CaseRecord {
    enum Phase: UInt8 {
        /// Travelling up until a unit may decide it.
        case seekingDecision
        /// At a peer of another department, which gives its input.
        case consulting
        /// Decided; the answer travels back to the front-line unit.
        case answering
        /// A report that the top must learn of a decided case: climbs to the top, then ends.
        case notifying
    }

    var arrival: Double
    var enqueuedAt: Double = 0
    var fidelity: Double = 1
    var wait: Double = 0
    var work: Double = 0
    var transit: Double = 0
    var decisionTime: Double = 0
    /// Departments whose input the decision needs (bit per department).
    var needed: UInt64
    /// Departments whose input it has gathered from peers.
    var consulted: UInt64 = 0
    var origin: Int32
    /// Next case in the unit's FIFO queue, or in the free list.
    var next: Int32 = -1
    var decisionClass: Int32
    /// The unit that asked a peer for input and waits for the case to come back.
    var requester: Int32 = -1
    var decisionLevel: Int32 = -1
    var services: Int32 = 0
    var messages: Int32 = 0
    /// Index of its journey in the recorder, or -1 when it is not traced.
    var journey: Int32 = -1
    /// Index of the shock that brought it, or -1.
    var shock: Int16 = -1
    var caseType: UInt16
    var phase: Phase = .seekingDecision
    var correct = false

    init(arrival: Double, origin: Int32, caseType: UInt16, decisionClass: Int32, needed: UInt64) {
        self.arrival = arrival
        self.origin = origin
        self.caseType = caseType
        self.decisionClass = decisionClass
        self.needed = needed
    }
}

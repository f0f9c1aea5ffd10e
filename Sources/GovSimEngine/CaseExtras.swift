/// What only the policy levers record about a case (trips, consultations, incidents), and its
/// shock and journey, kept apart from ``CaseRecord`` so that a run without them never loads it.
struct CaseExtras {
    /// Time the citizen spent travelling to offices.
    var travel: Double = 0
    /// Departments still to be visited (sequential trips) or asked (one-stop).
    var toVisit: UInt64 = 0
    /// Departments whose input it has gathered from peers or the platform.
    var consulted: UInt64 = 0
    /// The case a one-stop sub-request belongs to, or -1.
    var parent: Int32 = -1
    /// Index of its journey in the recorder, or -1 when it is not traced.
    var journey: Int32 = -1
    /// The unit that sent it to its current unit (kept only under buck passing, which reads it).
    var previous: Int32 = -1
    /// The unit that asked a peer for input and waits for the case to come back.
    var requester: Int32 = -1
    /// The peer or platform edge it was sent over for input (its delay brings it back).
    var consultEdge: Int32 = -1
    /// One-stop sub-requests still out.
    var pending: Int16 = 0
    var trips: Int16 = 0
    var bounces: Int16 = 0
    var incidents: Int16 = 0
    var leaks: Int16 = 0
    var conflicts: Int16 = 0
    /// Index of the shock that brought it, or -1.
    var shock: Int16 = -1
}

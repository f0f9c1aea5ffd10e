/// One unit as the event loop reads it at every step: 16 bytes, so four share a cache line.
///
/// Everything else about a unit is either shared with many others (``UnitKind``: a generated
/// structure has one per level) or read only when a lever needs it (the cold columns of
/// ``CompiledModel``). At 2.4 million units a 152-byte record per unit, which this replaced, missed
/// the cache on nearly every step; this one mostly does not.
struct UnitRecord: Sendable {
    /// The unit it reports to, or -1 for a top unit.
    let superior: Int32
    /// Parallel servers.
    let staff: Int32
    /// Index into ``CompiledModel/kinds``.
    let kind: Int32
    let level: Int16
    /// Its department, or -1 for a unit above the departments.
    let department: Int16
}

/// The parameters many units share: the distributions and rates of a unit, without its position.
struct UnitKind: Hashable, Sendable {
    let service: Sampler
    /// Delay of the link to its superior (used both ways).
    let uplinkDelay: Sampler
    let fidelity: Double
    let errorRate: Double
    /// Cost per staff member per time unit (read once, at the end).
    let costRate: Double
    /// On the external network (front line or platform) rather than the internal one.
    let isExternal: Bool
    let isPlatform: Bool
}

/// Everything a replication reads and writes about one unit at a step, in one 64-byte cache line:
/// the model's record, its queue (a linked list through the case records), busy servers and
/// current authority (the policy's evaluation may move it), and the recorder's tallies. Kept
/// apart, these were three or four cache misses per step at millions of units; together, one.
struct UnitSlot {
    let record: UnitRecord
    var head: Int32 = -1
    var tail: Int32 = -1
    var busy: Int32 = 0
    var authority: Int32
    /// Busy time inside the measured window.
    var busyTime = 0.0
    var decisions = 0
    var uplinkMessages = 0
    /// Pads the slot to a whole cache line (columns start on a line boundary).
    private let padding = 0

    init(record: UnitRecord, authority: Int32) {
        self.record = record
        self.authority = authority
    }

    @inline(__always) var superior: Int32 { record.superior }
    @inline(__always) var staff: Int32 { record.staff }
    @inline(__always) var kind: Int32 { record.kind }
    @inline(__always) var level: Int16 { record.level }
    @inline(__always) var department: Int16 { record.department }
}

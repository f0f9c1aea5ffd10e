/// Where a unit sits and what it is, as the model keeps it: 8 bytes.
///
/// Everything else about a unit is either shared with many others (``UnitKind``: a generated
/// structure has one per level) or read only when a lever needs it (the cold columns of
/// ``CompiledModel``). At 2.4 million units a 152-byte record per unit, which this replaced, missed
/// the cache on nearly every step; this one mostly does not.
struct UnitRecord: Sendable {
    /// The unit it reports to, or -1 for a top unit.
    let superior: Int32
    /// Index into ``CompiledModel/kinds``.
    let kind: Int32
}

/// The parameters many units share: the distributions and rates of a unit, its staff, level and
/// department (units of a level of a generated structure share all of them), without its position.
struct UnitKind: Hashable, Sendable {
    let service: Sampler
    /// Parallel servers.
    let staff: Int32
    let level: Int16
    /// Its department, or -1 for a unit above the departments.
    let department: Int16
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

/// Everything a replication reads and writes about one unit at a step, in 32 bytes (two units to
/// a cache line): its superior and kind, its queue (a linked list through the case records), busy
/// servers, current authority (the policy's evaluation may move it), busy time and messages up its
/// line. Kept apart, these were three or four cache misses per step at millions of units; in one
/// 64-byte slot, one miss, but 153 MB at 2.4 million units; in 32 bytes, half of that.
struct UnitSlot {
    let superior: Int32
    let kind: Int32
    var head: Int32 = -1
    var tail: Int32 = -1
    /// Servers free (its staff less those busy): a free server is found without reading the
    /// unit's kind.
    var idle: Int32
    /// Clamped to Int16 (case classes and authority in a scenario are at most 1,000; the top's
    /// "decides everything" is Int16.max).
    var authority: Int16
    /// Messages over its line to its superior (both ways), modulo 2^16: the recorder carries each
    /// wrap into a wide count (see ``Recorder/carried(_:)``).
    var uplinkMessages: UInt16 = 0
    /// Busy time inside the measured window.
    var busyTime = 0.0

    init(record: UnitRecord, staff: Int32, authority: Int16) {
        superior = record.superior
        kind = record.kind
        idle = staff
        self.authority = authority
    }
}

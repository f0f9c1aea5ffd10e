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

/// What changes at a unit during a run: its queue (a linked list through the case records), its
/// busy servers, and its authority (the policy's evaluation may move it). 16 bytes.
struct UnitState {
    var head: Int32
    var tail: Int32
    var busy: Int32
    var authority: Int32
}

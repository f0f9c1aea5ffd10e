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

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

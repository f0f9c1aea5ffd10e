import CLoopMemory

/// Asking for memory before the loop needs it.
///
/// At tens of thousands of units and more, the unit slots and case records an event touches are
/// rarely in the cache when the event comes out: each step waited for three or four loads from
/// memory in turn. The event queue knows which events come next (a small bucket it re-files holds
/// the next few dozen), so the loop asks the processor for their slots and cases while it works on
/// the current event; by the time they come out their data is there. Measured (make bench,
/// Benchmarks/PROFILE.md): about 30% more events per second at 56,000 and 2.4 million units.
/// Results are unchanged: a prefetch is a hint and changes no value.
extension Simulation {
    /// Units' slots smaller than this together (a core's share of the second-level cache) stay in
    /// the cache without help, and there the hints cost more than they save (6% at 781 units).
    static let cacheResidentBytes = 512 << 10

    static func outgrowsCache(unitCount: Int) -> Bool {
        unitCount * MemoryLayout<UnitSlot>.stride > cacheResidentBytes
    }

    /// The unit and case of an upcoming service end or delivery, the next case in that unit's
    /// queue (which the service end starts), the unit's superior (where most cases go next) and,
    /// for an answer, its front-line unit. The last three read the slot or the case: usually
    /// already fetched, when the event's bucket was re-filed earlier, larger.
    @inline(__always)
    func prefetchData(of event: Event) {
        guard event.concernsCase else { return }
        let slot = slots.base + Int(event.unit)
        let record = cases.base + Int(event.item)
        govsim_prefetch_write(slot)
        govsim_prefetch_write(record)
        // A 96-byte record's first 64 bytes (what a step reads) cross a line boundary in every
        // other record: ask for the line of its last hot byte too (the same line otherwise).
        govsim_prefetch_write(UnsafeRawPointer(record) + 63)
        let head = slot.pointee.head
        if head >= 0 { govsim_prefetch_write(cases.base + Int(head)) }
        let superior = slot.pointee.superior
        if superior >= 0 { govsim_prefetch_write(slots.base + Int(superior)) }
        // An answer on its way down finds the next unit by climbing from its front-line unit.
        if record.pointee.phase == .answering { govsim_prefetch_write(slots.base + Int(record.pointee.origin)) }
    }

    /// The front-line unit of the next citizen case, read off a copy of the arrival stream: its
    /// next draws are the gap after that case, then the case's position (see `arrive`). The
    /// stream itself is not advanced, so nothing changes but the cache.
    @inline(__always)
    func prefetchNextArrival() {
        var peek = arrivalRNG
        _ = peek.next()
        let origin = model.frontLineUnit(at: peek.uniform())
        govsim_prefetch_write(slots.base + Int(origin))
    }
}

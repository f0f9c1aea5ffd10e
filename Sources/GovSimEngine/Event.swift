/// One scheduled happening: 24 bytes, no references, so the heap is a flat array of values.
package struct Event: Sendable {
    /// What happens. The raw value is also the tie-break priority at equal times.
    package enum Kind: UInt8, Sendable {
        /// A unit finishes serving a case.
        case serviceDone = 0
        /// A case reaches a unit after crossing a link.
        case delivered = 1
        /// The next citizen case arrives.
        case arrival = 2
        /// A case of a shock arrives (at `unit`; `item` is the shock's index).
        case shockArrival = 3
        /// The policy's periodic evaluation of the units.
        case evaluate = 4
        /// The recorder samples the state for the time series.
        case sample = 5
    }

    package let time: Double
    /// Priority (kind) in the top 8 bits, then the simulation's sequence number: ties in time are
    /// broken by kind, then by order of scheduling, never by chance.
    package let order: UInt64
    package let unit: Int32
    package let item: Int32

    @inlinable
    package init(time: Double, kind: Kind, sequence: UInt64, unit: Int32, item: Int32) {
        // + 0.0 turns -0.0 into +0.0 and changes no other value: the queue orders times by their
        // bit pattern, where -0.0 (sign bit set) would sort after every other time.
        self.time = time + 0.0
        self.order = UInt64(kind.rawValue) << 56 | (sequence & 0x00FF_FFFF_FFFF_FFFF)
        self.unit = unit
        self.item = item
    }

    @inlinable package var kind: Kind { Kind(rawValue: UInt8(truncatingIfNeeded: order >> 56)) ?? .sample }

    /// A service's end or a delivery: `unit` and `item` are a unit and a case.
    @inlinable var concernsCase: Bool { order >> 56 <= UInt64(Kind.delivered.rawValue) }

    @inlinable @inline(__always)
    static func precedes(_ lhs: Event, _ rhs: Event) -> Bool {
        lhs.time < rhs.time || (lhs.time == rhs.time && lhs.order < rhs.order)
    }
}

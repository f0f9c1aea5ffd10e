/// Direct subordinates of every unit, in unit order, without an array per unit.
///
/// A listed structure keeps them in compressed-row form (one offsets array, one flat array of
/// units); a generated tree needs neither, since a unit's subordinates are consecutive units on
/// the level below (``TreeLayout/subordinates(of:)``).
public struct Subordinates: RandomAccessCollection, Sendable {
    /// The subordinates of one unit.
    public struct Units: RandomAccessCollection, Equatable, Sendable {
        /// Empty when the subordinates are the unit numbers `startIndex..<endIndex` themselves.
        private let flat: [Int32]
        public let startIndex: Int
        public let endIndex: Int

        init(flat: [Int32], range: Range<Int>) {
            self.flat = flat
            startIndex = range.lowerBound
            endIndex = range.upperBound
        }

        public subscript(position: Int) -> Int32 {
            flat.isEmpty ? Int32(position) : flat[position]
        }

        public static func == (lhs: Units, rhs: Units) -> Bool { lhs.elementsEqual(rhs) }
    }

    private let layout: TreeLayout?
    /// Units covered by ``layout``; the stored ones after them have no subordinates.
    private let generatedCount: Int
    /// For stored units: `flat[offsets[u]..<offsets[u + 1]]` are the subordinates of unit u.
    private let offsets: [Int32]
    private let flat: [Int32]
    public let endIndex: Int

    /// Subordinates of a generated tree's units; `extra` more units follow, with none.
    init(_ layout: TreeLayout, extra: Int) {
        self.layout = layout
        generatedCount = layout.unitCount
        offsets = []
        flat = []
        endIndex = layout.unitCount + extra
    }

    /// Subordinates from each unit's superior (-1 for none).
    init(superior: [Int32]) {
        var offsets = [Int32](repeating: 0, count: superior.count + 1)
        for boss in superior where boss >= 0 { offsets[Int(boss) + 1] += 1 }
        for unit in 0..<superior.count { offsets[unit + 1] += offsets[unit] }
        var next = offsets
        var flat = [Int32](repeating: 0, count: Int(offsets[superior.count]))
        for (unit, boss) in superior.enumerated() where boss >= 0 {
            flat[Int(next[Int(boss)])] = Int32(unit)
            next[Int(boss)] += 1
        }
        layout = nil
        generatedCount = 0
        self.offsets = offsets
        self.flat = flat
        endIndex = superior.count
    }

    public var startIndex: Int { 0 }

    public subscript(unit: Int) -> Units {
        precondition((0..<endIndex).contains(unit), "no unit \(unit)")
        if unit < generatedCount, let layout { return Units(flat: [], range: layout.subordinates(of: unit)) }
        guard !offsets.isEmpty else { return Units(flat: [], range: 0..<0) }
        return Units(flat: flat, range: Int(offsets[unit])..<Int(offsets[unit + 1]))
    }
}

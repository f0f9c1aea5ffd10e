/// The units of a ``Structure``, indexed from 0: an array to its users, but a generated tree's units
/// are computed from its ``TreeShape`` on access instead of stored.
///
/// Units appended after the generated ones (a platform) are stored. The first change to a generated
/// unit turns the whole list into stored units, so a change costs what it did when every list was
/// an array, and only then.
public struct UnitList: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Sendable {
    /// The rule for units `0..<generatedCount`, nil once they are stored.
    public private(set) var shape: TreeShape?
    /// Units computed from ``shape``; the stored ones follow them.
    public private(set) var generatedCount: Int
    private var stored: [Unit]

    public init() {
        shape = nil
        generatedCount = 0
        stored = []
    }

    public init(_ units: [Unit]) {
        shape = nil
        generatedCount = 0
        stored = units
    }

    /// The units of a generated tree, none of them stored.
    public init(_ shape: TreeShape) {
        self.shape = shape
        generatedCount = shape.unitCount
        stored = []
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { generatedCount + stored.count }

    public subscript(position: Int) -> Unit {
        get {
            if position < generatedCount, let shape { return shape.unit(at: position) }
            return stored[position - generatedCount]
        }
        set {
            if position < generatedCount { storeAll() }
            stored[position - generatedCount] = newValue
        }
    }

    /// A unit without its name.
    ///
    /// - Complexity: O(1) for stored units and for units on a generated tree's deepest levels.
    public func attributes(of position: Int) -> UnitAttributes {
        if position < generatedCount, let shape { return shape.attributes(of: position) }
        return stored[position - generatedCount].attributes
    }

    /// Staff of all the units, without computing each generated one.
    public var headcount: Int {
        stored.reduce(shape?.headcount ?? 0) { $0 + $1.staff }
    }

    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C)
    where C.Element == Unit {
        if subrange.lowerBound < generatedCount { storeAll() }
        stored.replaceSubrange((subrange.lowerBound - generatedCount)..<(subrange.upperBound - generatedCount),
                               with: newElements)
    }

    public mutating func reserveCapacity(_ n: Int) {
        stored.reserveCapacity(Swift.max(n - generatedCount, 0))
    }

    /// Replaces the generated units by stored ones (once, before the first change to one of them).
    private mutating func storeAll() {
        guard let shape else { return }
        var all: [Unit] = []
        all.reserveCapacity(count)
        for position in 0..<generatedCount { all.append(shape.unit(at: position)) }
        all += stored
        self.shape = nil
        generatedCount = 0
        stored = all
    }

    /// The same units with the generated front line padded by one rule, or nil when it cannot be.
    func paddingFrontLine(each: Int, extra: Int) -> UnitList? {
        guard stored.isEmpty, let padded = shape?.padded(each: each, extra: extra) else { return nil }
        return UnitList(padded)
    }
}

extension UnitList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Unit...) { self.init(elements) }
}

extension UnitList: Hashable {
    /// Equal when the units are, however they are held.
    public static func == (lhs: UnitList, rhs: UnitList) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.generatedCount == rhs.generatedCount, lhs.shape == rhs.shape { return lhs.stored == rhs.stored }
        return lhs.elementsEqual(rhs)
    }

    /// Hashes the count and at most about a thousand units spread over the list: equal lists still
    /// hash equally whatever their storage, and hashing a national tree does not build eleven
    /// million names.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for position in HashSample.positions(count: count) { hasher.combine(self[position]) }
    }
}

/// A read-only array whose first elements follow a rule and whose others are stored.
///
/// ``Hierarchy`` uses it for what it derives per unit: a generated tree's superiors, levels and
/// jurisdictions follow from the unit's number (see ``TreeLayout``), so only the units appended
/// after the tree (a platform) need storing; a listed structure stores them all.
public struct CompactArray<Element: Sendable>: RandomAccessCollection, Sendable {
    /// Elements `0..<ruleCount` are `rule(i)`.
    private let ruleCount: Int
    private let rule: (@Sendable (Int) -> Element)?
    private let stored: [Element]

    public init(_ elements: [Element]) {
        ruleCount = 0
        rule = nil
        stored = elements
    }

    /// `count` elements made by `rule`, then `stored`.
    public init(count: Int, rule: @escaping @Sendable (Int) -> Element, then stored: [Element] = []) {
        ruleCount = count
        self.rule = rule
        self.stored = stored
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ruleCount + stored.count }

    public subscript(position: Int) -> Element {
        if position < ruleCount, let rule { return rule(position) }
        return stored[position - ruleCount]
    }
}

extension CompactArray: Equatable where Element: Equatable {
    public static func == (lhs: CompactArray, rhs: CompactArray) -> Bool { lhs.elementsEqual(rhs) }
}

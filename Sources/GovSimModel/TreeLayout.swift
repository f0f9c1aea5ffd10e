/// Where every unit of a complete tree sits, worked out from the spans instead of stored.
///
/// ``Structure/tree(spans:profiles:departments:reportDelay:peers:peerDelay:shortcuts:seed:)`` numbers
/// units level by level, top first, and each level branch by branch, so a unit's level, superior and
/// subordinates follow from its number by arithmetic. A national tree of eleven million units then
/// costs a few arrays of one entry per level rather than a record per unit.
///
/// A class, though immutable like a value: structures, unit lists and hierarchies share one
/// layout, and copying them then costs one reference instead of one per array.
public final class TreeLayout: Hashable, Sendable {
    /// `spans[k]` subordinates under every unit of level k.
    public let spans: [Int]
    /// `levelStart[k]` is the first unit of level k; the last entry is the unit count.
    public let levelStart: [Int]

    public let unitCount: Int
    /// The deepest level that has units: the front line, where no unit has a subordinate.
    public let frontLineLevel: Int

    public init(spans: [Int]) {
        precondition(spans.allSatisfy { $0 >= 0 }, "a span cannot be negative")
        var levelStart = [0, 1]
        var size = 1
        for span in spans {
            size *= span
            levelStart.append(levelStart[levelStart.count - 1] + size)
        }
        self.spans = spans
        self.levelStart = levelStart
        unitCount = levelStart[levelStart.count - 1]
        frontLineLevel = (0...spans.count).last { levelStart[$0] < levelStart[$0 + 1] } ?? 0
    }

    /// Levels, the top one included (some may be empty when a span is 0).
    public var levelCount: Int { spans.count + 1 }

    /// The units of one level, in order.
    public func levelRange(_ level: Int) -> Range<Int> { levelStart[level]..<levelStart[level + 1] }

    /// The level of a unit.
    ///
    /// - Complexity: O(levels), searching from the deepest level, where most units are.
    public func level(of unit: Int) -> Int {
        var level = levelCount - 1
        while levelStart[level] > unit { level -= 1 }
        return level
    }

    /// The unit `unit` reports to, or -1 for the top.
    public func superior(of unit: Int) -> Int {
        let level = level(of: unit)
        guard level > 0 else { return -1 }
        return levelStart[level - 1] + (unit - levelStart[level]) / spans[level - 1]
    }

    public static func == (lhs: TreeLayout, rhs: TreeLayout) -> Bool { lhs === rhs || lhs.spans == rhs.spans }

    public func hash(into hasher: inout Hasher) { hasher.combine(spans) }

    /// Direct subordinates of a unit: a run of consecutive units on the level below.
    public func subordinates(of unit: Int) -> Range<Int> {
        let level = level(of: unit)
        guard level < spans.count else { return unit..<unit }
        let first = levelStart[level + 1] + (unit - levelStart[level]) * spans[level]
        return first..<(first + spans[level])
    }
}

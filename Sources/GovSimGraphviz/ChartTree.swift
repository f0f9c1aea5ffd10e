import GovSimModel

/// The boxes an org chart draws: one per unit for a small organisation; for a large one, alike
/// siblings folded into one box ("125 × County office"), so even 100,000 units give a chart a
/// person can read.
///
/// Two units are alike when their names differ only by a trailing number, they have the same
/// staff and department, and their subtrees are alike in turn (same kinds of subordinates, in
/// the same numbers). Found bottom-up in one pass over the units.
struct ChartTree {
    struct Box {
        /// Units this box stands for (one unless it is a group).
        var units: [Int]
        /// How many of these units report to each unit of the parent box.
        var perParent: Int
        var parent: Int?
        var children: [Int] = []
        /// Level of its units (0 = top).
        var level: Int
        /// A box for the units below that did not fit on the chart.
        var isRemainder = false

        var representative: Int { units[0] }
        var isGroup: Bool { units.count > 1 }
    }

    private(set) var boxes: [Box] = []
    /// The box each unit is drawn in.
    private(set) var boxOfUnit: [Int]
    let hierarchy: Hierarchy

    /// - Parameters:
    ///   - collapseAbove: fold alike siblings only when the organisation has more units than this.
    ///   - maxBoxes: past this many boxes, what is left below a box becomes one remainder box.
    /// - hierarchy: the structure's hierarchy when the caller has it (a run compiled it already).
    init(_ structure: Structure, hierarchy given: Hierarchy? = nil, collapseAbove: Int, maxBoxes: Int) throws(GraphvizError) {
        let hierarchy = if let given { given } else { try Self.hierarchy(of: structure) }
        self.hierarchy = hierarchy
        boxOfUnit = Array(repeating: -1, count: structure.units.count)
        let classes = structure.units.count > collapseAbove
            ? Self.classes(structure, hierarchy) : Array(0..<structure.units.count)
        let roots = (0..<structure.units.count).filter { hierarchy.superior[$0] < 0 }
        var queue: [Int] = []
        for group in Self.grouped(roots, by: classes) {
            queue.append(add(Box(units: group, perParent: group.count, parent: nil, level: 0)))
        }
        var next = 0
        while next < queue.count {
            let parent = queue[next]
            next += 1
            let first = boxes[parent].representative
            let kinds = Self.grouped(hierarchy.subordinates[first].map(Int.init), by: classes)
            guard !kinds.isEmpty else { continue }
            if boxes.count + kinds.count > maxBoxes {
                addRemainder(below: parent)
                continue
            }
            for kind in kinds {
                let kindClass = classes[kind[0]]
                let units = boxes[parent].units.flatMap { unit in
                    hierarchy.subordinates[unit].lazy.map(Int.init).filter { classes[$0] == kindClass }
                }
                let child = add(Box(units: units, perParent: kind.count, parent: parent, level: boxes[parent].level + 1))
                boxes[parent].children.append(child)
                queue.append(child)
            }
        }
    }

    private mutating func add(_ box: Box) -> Int {
        boxes.append(box)
        for unit in box.units { boxOfUnit[unit] = boxes.count - 1 }
        return boxes.count - 1
    }

    private mutating func addRemainder(below parent: Int) {
        var units: [Int] = []
        var stack = boxes[parent].units.flatMap { hierarchy.subordinates[$0].map(Int.init) }
        while let unit = stack.popLast() {
            units.append(unit)
            stack += hierarchy.subordinates[unit].map(Int.init)
        }
        units.sort()
        var box = Box(units: units, perParent: 0, parent: parent, level: boxes[parent].level + 1)
        box.isRemainder = true
        boxes[parent].children.append(add(box))
    }

    /// Units split into runs of the same class, in order of first appearance.
    private static func grouped(_ units: [Int], by classes: [Int]) -> [[Int]] {
        var order: [Int] = [], members: [Int: [Int]] = [:]
        for unit in units {
            if members[classes[unit]] == nil { order.append(classes[unit]) }
            members[classes[unit], default: []].append(unit)
        }
        return order.compactMap { members[$0] }
    }

    private struct ClassKey: Hashable {
        let stem: String
        let staff: Int
        let department: Int?
        let children: [Int]
    }

    /// A class number per unit: equal numbers for alike units. Deepest units first, so a unit's
    /// subordinates have their classes when it gets its own.
    private static func classes(_ structure: Structure, _ hierarchy: Hierarchy) -> [Int] {
        var classes = [Int](repeating: -1, count: structure.units.count)
        var known: [ClassKey: Int] = [:]
        // Deepest level first, units of a level in index order (a bucket pass, not a sort).
        var byLevel = [[Int]](repeating: [], count: hierarchy.maxLevel + 1)
        for unit in 0..<structure.units.count { byLevel[Int(hierarchy.level[unit])].append(unit) }
        for unit in byLevel.reversed().joined() {
            let item = structure.units[unit]
            var counts: [Int: Int] = [:]
            for child in hierarchy.subordinates[unit] { counts[classes[Int(child)], default: 0] += 1 }
            let children = counts.keys.sorted().flatMap { [$0, counts[$0] ?? 0] }
            let key = ClassKey(stem: stem(item.name), staff: item.staff, department: item.department, children: children)
            if let found = known[key] {
                classes[unit] = found
            } else {
                classes[unit] = known.count
                known[key] = known.count
            }
        }
        return classes
    }

    /// A name without its trailing number: "County office 17" → "County office".
    ///
    /// Scans the UTF-8 bytes from the end (digits and separators are ASCII), so the name's front is
    /// never walked: this runs once per unit, millions of times for a national pyramid.
    static func stem(_ name: String) -> String {
        let bytes = name.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, (0x30...0x39).contains(bytes[bytes.index(before: end)]) {
            end = bytes.index(before: end)
        }
        guard end < bytes.endIndex else { return name }
        let separators: Set<UInt8> = [0x20, 0x23, 0x2D, 0x5F]  // space # - _
        while end > bytes.startIndex, separators.contains(bytes[bytes.index(before: end)]) {
            end = bytes.index(before: end)
        }
        return end == bytes.startIndex ? name : String(name[..<end])
    }

    /// The hierarchy of a structure to chart, or the reason it cannot be charted.
    static func hierarchy(of structure: Structure) throws(GraphvizError) -> Hierarchy {
        do { return try Hierarchy(structure) } catch { throw .chart("cannot chart this structure: \(error.description)") }
    }
}

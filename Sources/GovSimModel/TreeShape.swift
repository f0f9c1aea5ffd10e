/// The units of a generated tree, held as rules rather than records: a ``TreeLayout``, one
/// ``LevelProfile`` per level, and the two things that vary within a level (the department, by
/// branch, and the staff added by ``Structure/paddedToHeadcount(_:)``).
///
/// ``UnitList`` computes each ``Unit`` from it on access. Code that handles data per level (the
/// engine could keep one service sampler per level, not per unit) can read it from
/// ``Structure/shape``. Immutable, and a class only so that copies share it (see ``TreeLayout``).
public final class TreeShape: Hashable, Sendable {
    public let layout: TreeLayout
    /// What the units of each level are like; a unit on level k > 0 is named "`profiles[k].name` n",
    /// n counting from 1 along the level; the top unit is named after its profile alone.
    public let profiles: [LevelProfile]
    /// Departments handed out round-robin on level 1 and inherited below it (0: no departments).
    public let departmentCount: Int
    /// The first `paddedUnits` units of the front line have one staff member more than their profile.
    public let paddedUnits: Int
    /// `branchSize[k]`: units of level k under each unit of level 1 (how far apart department changes are).
    private let branchSize: [Int]
    /// Each level's name and a space, as UTF-8: the part of a name that does not change.
    private let namePrefixes: [[UInt8]]

    public init(layout: TreeLayout, profiles: [LevelProfile], departmentCount: Int, paddedUnits: Int = 0) {
        precondition(profiles.count == layout.levelCount, "one profile per level")
        self.layout = layout
        self.profiles = profiles
        self.departmentCount = departmentCount
        self.paddedUnits = paddedUnits
        var branchSize = [0, 1]
        for span in layout.spans.dropFirst() { branchSize.append(branchSize[branchSize.count - 1] * span) }
        self.branchSize = Array(branchSize.prefix(layout.levelCount))
        namePrefixes = profiles.map { Array("\($0.name) ".utf8) }
    }

    public var unitCount: Int { layout.unitCount }

    /// Department of a unit: level-1 units in turn, everyone below inheriting their branch's.
    public func department(of unit: Int, level: Int) -> Int? {
        guard level > 0, departmentCount > 0 else { return nil }
        return (unit - layout.levelStart[level]) / branchSize[level] % departmentCount
    }

    public func staff(of unit: Int, level: Int) -> Int {
        let padded = level == layout.frontLineLevel && unit - layout.levelStart[level] < paddedUnits
        return profiles[level].staff + (padded ? 1 : 0)
    }

    /// "`profiles[level].name` n", written straight into the string's storage: code that still
    /// reads whole units of a national tree builds eleven million of these.
    public func name(of unit: Int, level: Int) -> String {
        guard level > 0 else { return profiles[0].name }
        let prefix = namePrefixes[level]
        return String(unsafeUninitializedCapacity: prefix.count + 20) { buffer in
            let end = buffer.initialize(fromContentsOf: prefix)
            var number = unit - layout.levelStart[level] + 1, digits = 0
            repeat {
                buffer[end + digits] = UInt8(ascii: "0") + UInt8(number % 10)
                number /= 10
                digits += 1
            } while number > 0
            buffer[end..<(end + digits)].reverse()
            return end + digits
        }
    }

    /// - Complexity: O(levels) at worst; O(1) for units on the deepest levels.
    public func attributes(of unit: Int) -> UnitAttributes {
        let level = layout.level(of: unit)
        let profile = profiles[level]
        return UnitAttributes(department: department(of: unit, level: level), staff: staff(of: unit, level: level),
                              service: profile.service, authority: nil, fidelity: profile.fidelity,
                              errorRate: profile.errorRate, costRate: profile.costRate, isPlatform: false)
    }

    /// A unit; its name is made when read (``Unit/name``).
    public func unit(at index: Int) -> Unit {
        Unit(numbered: index, of: self, attributes: attributes(of: index))
    }

    /// Each unit's ``Hierarchy/jurisdiction``, in one pass: everyone below level 1 is in their
    /// branch's department, so a subtree covers just that one; a unit without a department (the
    /// top, or all units when there are no departments) covers `all`.
    func jurisdictions(all: UInt64) -> [UInt64] {
        var cover: [UInt64] = []
        cover.reserveCapacity(unitCount)
        for level in 0..<layout.levelCount {
            let units = layout.levelRange(level)
            guard level > 0, departmentCount > 0, !units.isEmpty else {
                cover += repeatElement(all, count: units.count)
                continue
            }
            var department = 0
            for _ in stride(from: units.lowerBound, to: units.upperBound, by: branchSize[level]) {
                cover += repeatElement(UInt64(1) << UInt64(department), count: branchSize[level])
                department = department + 1 == departmentCount ? 0 : department + 1
            }
        }
        return cover
    }

    /// Staff of all its units.
    public var headcount: Int {
        (0..<layout.levelCount).reduce(paddedUnits) { $0 + layout.levelRange($1).count * profiles[$1].staff }
    }

    public static func == (lhs: TreeShape, rhs: TreeShape) -> Bool {
        lhs === rhs || (lhs.layout == rhs.layout && lhs.profiles == rhs.profiles
            && lhs.departmentCount == rhs.departmentCount && lhs.paddedUnits == rhs.paddedUnits)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(layout)
        hasher.combine(profiles)
        hasher.combine(departmentCount)
        hasher.combine(paddedUnits)
    }

    /// The same units with `each` more staff on every front-line unit and one more on the first
    /// `extra` of them, or nil when that cannot be said as one rule (it was padded already).
    func padded(each: Int, extra: Int) -> TreeShape? {
        guard paddedUnits == 0 else { return nil }
        var profiles = profiles
        profiles[layout.frontLineLevel].staff += each
        return TreeShape(layout: layout, profiles: profiles, departmentCount: departmentCount, paddedUnits: extra)
    }

    /// The first problem a ``Hierarchy`` reports for these units, in unit order.
    ///
    /// Every unit of a level shares its profile, so a level is checked once; only a level that fails
    /// is gone through unit by unit, to name the first unit that fails as the check of a listed
    /// structure would.
    func firstProblem(departments: Int) -> StructureError? {
        for level in 0..<layout.levelCount where !layout.levelRange(level).isEmpty {
            let first = layout.levelStart[level]
            var sample = attributes(of: first)
            sample.staff = profiles[level].staff   // padding only adds
            sample.department = level > 0 && departmentCount > 0 ? departmentCount - 1 : nil
            guard sample.problem(index: first, departments: departments) != nil else { continue }
            for unit in layout.levelRange(level) {
                if let problem = attributes(of: unit).problem(index: unit, departments: departments) { return problem }
            }
        }
        return nil
    }
}

/// The reporting tree of a ``Structure``, derived once and checked: superiors, levels, subordinates,
/// and which departments each unit's subtree covers.
///
/// For a generated tree (``Structure/shape``) everything per unit but ``jurisdiction`` is worked
/// out from the unit's number on access (``TreeLayout``), so the hierarchy of eleven million units
/// costs 8 bytes a unit; a listed structure stores a few arrays of one entry per unit.
public struct Hierarchy: Sendable {
    /// Departments are held as bits of a `UInt64` in the engine.
    public static let maxDepartments = 64

    /// `superior[u]` is the unit `u` reports to, or -1 for a top unit.
    public let superior: CompactArray<Int32>
    /// Level of each unit: 0 at the top, one more per reports-to step.
    public let level: CompactArray<Int32>
    /// The deepest level in the structure.
    public let maxLevel: Int
    /// Direct subordinates of each unit, in unit order.
    public let subordinates: Subordinates
    /// Bit d set when department d occurs in the unit's subtree; a unit with no department
    /// covers every department (it sits above them). Stored even for a generated tree (8 bytes a
    /// unit): the engine reads it while routing cases, where a lookup must be one load. Without
    /// departments every unit's is 0 and nothing is stored (19 MB less at 2.4 million units).
    public let jurisdiction: CompactArray<UInt64>
    /// Shared platforms: outside the reporting lines, never front line or top.
    public let isPlatform: CompactArray<Bool>
    /// Units with no subordinates, in unit order: the front line, where citizens' cases arrive.
    public let frontLine: CompactArray<Int32>

    /// Derives the hierarchy, or throws the first structural problem found.
    public init(_ structure: Structure) throws(StructureError) {
        guard !structure.units.isEmpty else { throw .empty }
        guard structure.departments.count <= Self.maxDepartments else {
            throw .tooManyDepartments(count: structure.departments.count)
        }
        if let shape = structure.generatedTree {
            self = try Self(structure, tree: shape)
            return
        }
        let count = structure.units.count
        let isPlatform = (0..<count).map { structure.attributes(of: $0).isPlatform }
        var superior = [Int32](repeating: -1, count: count)
        for (index, link) in structure.links.enumerated() {
            try Self.check(link, index: index, count: count, isPlatform: isPlatform)
            guard link.kind == .reportsTo else { continue }
            guard superior[link.from] < 0 else { throw .twoSuperiors(unit: link.from) }
            superior[link.from] = Int32(link.to)
        }
        for index in 0..<count {
            if let problem = structure.attributes(of: index).problem(index: index, departments: structure.departments.count) {
                throw problem
            }
        }
        let level = try Self.levels(superior)
        let subordinates = Subordinates(superior: superior)
        self.superior = CompactArray(superior)
        self.level = CompactArray(level)
        self.maxLevel = Int(level.max() ?? 0)
        self.subordinates = subordinates
        self.isPlatform = CompactArray(isPlatform)
        self.frontLine = CompactArray((0..<count).compactMap { subordinates[$0].isEmpty && !isPlatform[$0] ? Int32($0) : nil })
        self.jurisdiction = structure.departments.isEmpty
            ? Self.noJurisdiction(count)
            : CompactArray(Self.jurisdictions(structure, superior: superior, level: level, maxLevel: maxLevel))
    }

    init(superior: CompactArray<Int32>, level: CompactArray<Int32>, maxLevel: Int, subordinates: Subordinates,
         jurisdiction: CompactArray<UInt64>, isPlatform: CompactArray<Bool>, frontLine: CompactArray<Int32>) {
        self.superior = superior
        self.level = level
        self.maxLevel = maxLevel
        self.subordinates = subordinates
        self.jurisdiction = jurisdiction
        self.isPlatform = isPlatform
        self.frontLine = frontLine
    }

    public var unitCount: Int { superior.count }

    /// Height of a unit: levels between it and the deepest level (front line of a complete tree = 0).
    public func height(_ unit: Int) -> Int { maxLevel - Int(level[unit]) }

    /// Links must name two different existing units, and only a platform link may touch a platform
    /// (from an office, to the platform).
    static func check(_ link: Link, index: Int, count: Int, isPlatform: (Int) -> Bool) throws(StructureError) {
        guard (0..<count).contains(link.from) else { throw .unitOutOfRange(link: index, unit: link.from) }
        guard (0..<count).contains(link.to) else { throw .unitOutOfRange(link: index, unit: link.to) }
        guard link.from != link.to else { throw .selfLink(link: index) }
        let platformEnds = (isPlatform(link.from), isPlatform(link.to))
        guard link.kind == .platform ? (!platformEnds.0 && platformEnds.1) : (!platformEnds.0 && !platformEnds.1) else {
            throw .platformLink(link: index)
        }
    }

    static func check(_ link: Link, index: Int, count: Int, isPlatform: [Bool]) throws(StructureError) {
        try check(link, index: index, count: count) { isPlatform[$0] }
    }

    /// Levels by walking up from each unit, memoised; a walk longer than the unit count is a cycle.
    private static func levels(_ superior: [Int32]) throws(StructureError) -> [Int32] {
        var level = [Int32](repeating: -1, count: superior.count)
        var path: [Int] = []
        for start in 0..<superior.count where level[start] < 0 {
            path.removeAll(keepingCapacity: true)
            var unit = start
            while unit >= 0, level[unit] < 0 {
                path.append(unit)
                if path.count > superior.count { throw .cycle(unit: start) }
                unit = Int(superior[unit])
            }
            var next = unit >= 0 ? level[unit] + 1 : 0
            for pending in path.reversed() {
                level[pending] = next
                next += 1
            }
        }
        return level
    }

    /// The jurisdictions when there are no departments: all 0.
    static func noJurisdiction(_ count: Int) -> CompactArray<UInt64> { CompactArray(count: count, rule: { _ in 0 }) }

    /// Every department's bit, the jurisdiction of a unit above the departments.
    static func allDepartments(_ count: Int) -> UInt64 {
        count == 0 ? 0 : count == 64 ? .max : (UInt64(1) << UInt64(count)) - 1
    }

    /// A unit's own cover, before its subtree's is added.
    static func ownCover(_ unit: UnitAttributes, all: UInt64) -> UInt64 {
        guard !unit.isPlatform else { return 0 }
        guard let department = unit.department else { return all }
        return UInt64(1) << UInt64(department)
    }

    private static func jurisdictions(_ structure: Structure, superior: [Int32], level: [Int32],
                                      maxLevel: Int) -> [UInt64] {
        let all = allDepartments(structure.departments.count)
        var cover = (0..<superior.count).map { ownCover(structure.attributes(of: $0), all: all) }
        // Deepest units first, so each subtree is complete before it is added to its superior:
        // a counting sort by level (the order within a level does not matter to an OR).
        var next = [Int](repeating: 0, count: maxLevel + 2)
        for unitLevel in level { next[maxLevel - Int(unitLevel) + 1] += 1 }
        for depth in 0...maxLevel { next[depth + 1] += next[depth] }
        var order = [Int32](repeating: 0, count: superior.count)
        for (unit, unitLevel) in level.enumerated() {
            order[next[maxLevel - Int(unitLevel)]] = Int32(unit)
            next[maxLevel - Int(unitLevel)] += 1
        }
        for unit in order where superior[Int(unit)] >= 0 {
            cover[Int(superior[Int(unit)])] |= cover[Int(unit)]
        }
        for link in structure.links where link.kind == .platform {
            addPlatformCover(link, structure, to: &cover, at: link.to, all: all)
        }
        return cover
    }

    /// A platform holds the data of every department whose units use it.
    static func addPlatformCover(_ link: Link, _ structure: Structure, to cover: inout [UInt64], at index: Int, all: UInt64) {
        if let department = structure.attributes(of: link.from).department {
            cover[index] |= UInt64(1) << UInt64(department)
        } else {
            cover[index] |= all
        }
    }
}

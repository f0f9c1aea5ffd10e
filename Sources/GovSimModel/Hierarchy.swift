/// The reporting tree of a ``Structure``, derived once and checked: superiors, levels, subordinates,
/// and which departments each unit's subtree covers.
public struct Hierarchy: Sendable {
    /// Departments are held as bits of a `UInt64` in the engine.
    public static let maxDepartments = 64

    /// `superior[u]` is the unit `u` reports to, or -1 for a top unit.
    public let superior: [Int32]
    /// Level of each unit: 0 at the top, one more per reports-to step.
    public let level: [Int32]
    /// The deepest level in the structure.
    public let maxLevel: Int
    /// Direct subordinates of each unit, in unit order.
    public let subordinates: [[Int32]]
    /// Bit d set when department d occurs in the unit's subtree; a unit with no department
    /// covers every department (it sits above them).
    public let jurisdiction: [UInt64]

    /// Derives the hierarchy, or throws the first structural problem found.
    public init(_ structure: Structure) throws(StructureError) {
        let count = structure.units.count
        guard count > 0 else { throw .empty }
        guard structure.departments.count <= Self.maxDepartments else {
            throw .tooManyDepartments(count: structure.departments.count)
        }
        var superior = [Int32](repeating: -1, count: count)
        for (index, link) in structure.links.enumerated() {
            guard (0..<count).contains(link.from) else { throw .unitOutOfRange(link: index, unit: link.from) }
            guard (0..<count).contains(link.to) else { throw .unitOutOfRange(link: index, unit: link.to) }
            guard link.from != link.to else { throw .selfLink(link: index) }
            let platformEnds = (structure.units[link.from].isPlatform, structure.units[link.to].isPlatform)
            guard link.kind == .platform ? (!platformEnds.0 && platformEnds.1) : (!platformEnds.0 && !platformEnds.1) else {
                throw .platformLink(link: index)
            }
            guard link.kind == .reportsTo else { continue }
            guard superior[link.from] < 0 else { throw .twoSuperiors(unit: link.from) }
            superior[link.from] = Int32(link.to)
        }
        try Self.checkUnits(structure)
        let level = try Self.levels(superior)
        var subordinates = [[Int32]](repeating: [], count: count)
        for unit in 0..<count where superior[unit] >= 0 {
            subordinates[Int(superior[unit])].append(Int32(unit))
        }
        self.superior = superior
        self.level = level
        self.maxLevel = Int(level.max() ?? 0)
        self.subordinates = subordinates
        self.isPlatform = structure.units.map(\.isPlatform)
        self.jurisdiction = Self.jurisdictions(structure, superior: superior, level: level)
    }

    public var unitCount: Int { superior.count }

    /// Shared platforms: outside the reporting lines, never front line or top.
    public let isPlatform: [Bool]

    /// Units with no subordinates: the front line, where citizens' cases arrive.
    public var frontLine: [Int32] {
        (0..<unitCount).compactMap { subordinates[$0].isEmpty && !isPlatform[$0] ? Int32($0) : nil }
    }

    /// Height of a unit: levels between it and the deepest level (front line of a complete tree = 0).
    public func height(_ unit: Int) -> Int { maxLevel - Int(level[unit]) }

    private static func checkUnits(_ structure: Structure) throws(StructureError) {
        for (index, unit) in structure.units.enumerated() {
            guard unit.staff >= 1 else { throw .badStaff(unit: index, staff: unit.staff) }
            if let department = unit.department, !structure.departments.indices.contains(department) {
                throw .badDepartment(unit: index, department: department)
            }
            guard unit.service.isValid else { throw .badNumber(unit: index, field: "service") }
            guard (0...1).contains(unit.fidelity) else { throw .badNumber(unit: index, field: "fidelity") }
            guard (0...1).contains(unit.errorRate) else { throw .badNumber(unit: index, field: "error_rate") }
            guard unit.costRate.isFinite, unit.costRate >= 0 else { throw .badNumber(unit: index, field: "cost_rate") }
        }
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

    private static func jurisdictions(_ structure: Structure, superior: [Int32], level: [Int32]) -> [UInt64] {
        let all: UInt64 = structure.departments.isEmpty ? 0 : (structure.departments.count == 64
            ? .max : (UInt64(1) << UInt64(structure.departments.count)) - 1)
        var cover = structure.units.map { unit -> UInt64 in
            guard !unit.isPlatform else { return 0 }
            guard let department = unit.department else { return all }
            return UInt64(1) << UInt64(department)
        }
        // Deepest units first, so each subtree is complete before it is added to its superior.
        let order = (0..<superior.count).sorted { level[$0] > level[$1] }
        for unit in order where superior[unit] >= 0 {
            cover[Int(superior[unit])] |= cover[unit]
        }
        // A platform holds the data of every department whose units use it.
        for link in structure.links where link.kind == .platform {
            if let department = structure.units[link.from].department {
                cover[link.to] |= UInt64(1) << UInt64(department)
            } else {
                cover[link.to] |= all
            }
        }
        return cover
    }
}

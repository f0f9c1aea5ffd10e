@testable import GovSimModel

/// Structures and hierarchies computed the way they were before generated trees were held as
/// rules: every unit and link stored, every hierarchy column filled unit by unit. The compact forms
/// are checked against these.
enum ReferenceTree {
    /// The units and reports-to lines of `Structure.tree`, unit by unit, then `extra` links.
    static func tree(spans: [Int], profiles: [LevelProfile], departments: [String], reportDelay: Distribution,
                     extra: some Sequence<Link>) -> Structure {
        var units = [Unit(name: profiles[0].name, attributes: attributes(profiles[0], department: nil))]
        var links: [Link] = []
        var previous = 0..<1
        for (depth, span) in spans.enumerated() {
            let level = depth + 1, start = units.count
            for parent in previous {
                for _ in 0..<span {
                    let department: Int? = level == 1
                        ? (departments.isEmpty ? nil : (units.count - start) % departments.count)
                        : units[parent].department
                    let name = "\(profiles[level].name) \(units.count - start + 1)"
                    units.append(Unit(name: name, attributes: attributes(profiles[level], department: department)))
                    links.append(Link(.reportsTo, from: units.count - 1, to: parent, delay: reportDelay))
                }
            }
            previous = start..<units.count
        }
        return Structure(units: units, links: links + extra, departments: departments)
    }

    static func attributes(_ profile: LevelProfile, department: Int?) -> UnitAttributes {
        UnitAttributes(department: department, staff: profile.staff, service: profile.service, authority: nil,
                       fidelity: profile.fidelity, errorRate: profile.errorRate, costRate: profile.costRate,
                       isPlatform: false)
    }

    /// A hierarchy's columns as plain arrays, derived by walking the links (no checks).
    struct Columns: Equatable {
        var superior: [Int32], level: [Int32], subordinates: [[Int32]], jurisdiction: [UInt64]
        var isPlatform: [Bool], frontLine: [Int32], maxLevel: Int

        init(_ hierarchy: Hierarchy) {
            superior = Array(hierarchy.superior)
            level = Array(hierarchy.level)
            subordinates = hierarchy.subordinates.map { Array($0) }
            jurisdiction = Array(hierarchy.jurisdiction)
            isPlatform = Array(hierarchy.isPlatform)
            frontLine = Array(hierarchy.frontLine)
            maxLevel = hierarchy.maxLevel
        }

        init(_ structure: Structure) {
            let count = structure.units.count
            var superior = [Int32](repeating: -1, count: count)
            for link in structure.links where link.kind == .reportsTo { superior[link.from] = Int32(link.to) }
            let level = (0..<count).map { unit in
                var steps: Int32 = 0, current = Int(superior[unit])
                while current >= 0 { steps += 1; current = Int(superior[current]) }
                return steps
            }
            var subordinates = [[Int32]](repeating: [], count: count)
            for unit in 0..<count where superior[unit] >= 0 { subordinates[Int(superior[unit])].append(Int32(unit)) }
            let isPlatform = structure.units.map(\.isPlatform)
            let departments = structure.departments.count
            let all: UInt64 = departments == 0 ? 0 : departments == 64 ? .max : (1 << UInt64(departments)) - 1
            var cover = structure.units.map { unit -> UInt64 in
                unit.isPlatform ? 0 : unit.department.map { UInt64(1) << UInt64($0) } ?? all
            }
            for unit in (0..<count).sorted(by: { level[$0] > level[$1] }) where superior[unit] >= 0 {
                cover[Int(superior[unit])] |= cover[unit]
            }
            for link in structure.links where link.kind == .platform {
                cover[link.to] |= structure.units[link.from].department.map { UInt64(1) << UInt64($0) } ?? all
            }
            self.superior = superior
            self.level = level
            self.subordinates = subordinates
            self.isPlatform = isPlatform
            frontLine = (0..<count).filter { subordinates[$0].isEmpty && !isPlatform[$0] }.map(Int32.init)
            maxLevel = Int(level.max() ?? 0)
            jurisdiction = cover
        }
    }

    /// The same structure with every unit and link stored.
    static func listed(_ structure: Structure) -> Structure {
        Structure(units: Array(structure.units), links: Array(structure.links), departments: structure.departments)
    }
}

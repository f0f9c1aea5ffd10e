/// The hierarchy of a generated tree, worked out from its shape instead of unit by unit.
extension Hierarchy {
    /// Checks what can be wrong (stored links, each level's profile once, the units after the
    /// tree) and derives the rest by arithmetic.
    ///
    /// The problems found and their order are those of the unit-by-unit check: the tree's own
    /// reports-to lines cannot be wrong, the stored links hold no reports-to line (see
    /// ``Structure/generatedTree``), so no cycle or second superior can occur, and the units appended
    /// after the tree report to no one.
    init(_ structure: Structure, tree shape: TreeShape) throws(StructureError) {
        let layout = shape.layout
        let generated = layout.unitCount, count = structure.units.count
        let appended = (generated..<count).map { structure.attributes(of: $0) }
        let departments = structure.departments.count
        for (offset, link) in structure.links.storedLinks.enumerated() {
            try Self.check(link, index: structure.links.generatedCount + offset, count: count) { unit in
                unit >= generated && appended[unit - generated].isPlatform
            }
        }
        if let problem = shape.firstProblem(departments: departments) { throw problem }
        for (offset, unit) in appended.enumerated() {
            if let problem = unit.problem(index: generated + offset, departments: departments) { throw problem }
        }
        let all = Self.allDepartments(departments)
        var jurisdiction: [UInt64] = []
        if departments > 0 {
            jurisdiction = shape.jurisdictions(all: all)
            jurisdiction += appended.map { Self.ownCover($0, all: all) }
            for link in structure.links.storedLinks where link.kind == .platform {
                Self.addPlatformCover(link, structure, to: &jurisdiction, at: link.to, all: all)
            }
        }
        let frontLevel = layout.levelRange(layout.frontLineLevel)
        let appendedFrontLine = appended.indices.filter { !appended[$0].isPlatform }.map { Int32(generated + $0) }
        self.init(
            superior: CompactArray(count: generated, rule: { Int32(layout.superior(of: $0)) },
                                   then: Array(repeating: -1, count: appended.count)),
            level: CompactArray(count: generated, rule: { Int32(layout.level(of: $0)) },
                                then: Array(repeating: 0, count: appended.count)),
            maxLevel: layout.frontLineLevel,
            subordinates: Subordinates(layout, extra: appended.count),
            jurisdiction: departments > 0 ? CompactArray(jurisdiction) : Self.noJurisdiction(count),
            isPlatform: CompactArray(count: generated, rule: { _ in false }, then: appended.map(\.isPlatform)),
            frontLine: CompactArray(count: frontLevel.count, rule: { Int32(frontLevel.lowerBound + $0) },
                                    then: appendedFrontLine))
    }
}

import GovSimModel
import Testing

@Suite struct StructureTests {
    static let profiles = (0..<5).map { LevelProfile(name: "L\($0)") }

    @Test func pyramidHasGeometricUnitCount() throws {
        let pyramid = Structure.pyramid(levels: 5, span: 4, profiles: Self.profiles)
        #expect(pyramid.units.count == 341)
        let hierarchy = try Hierarchy(pyramid)
        #expect(hierarchy.maxLevel == 4)
        #expect(hierarchy.frontLine.count == 256)
        #expect(hierarchy.subordinates[0].count == 4)
    }

    @Test func flatOfSameHeadcountMatchesPyramid() {
        let pyramid = Structure.pyramid(levels: 5, span: 4, profiles: Self.profiles)
        for (levels, teams) in [(2, 1), (3, 4), (3, 7), (4, 3)] {
            let spans = Structure.flatSpans(unitCount: pyramid.units.count, levels: levels, teams: teams)
            let flat = Structure.tree(spans: spans, profiles: Array(Self.profiles.prefix(levels)))
                .paddedToHeadcount(pyramid.headcount)
            #expect(flat.units.count <= pyramid.units.count, "levels \(levels) teams \(teams)")
            #expect(flat.headcount == pyramid.headcount, "levels \(levels) teams \(teams)")
        }
    }

    @Test func departmentsAreInheritedFromLevelOne() throws {
        let tree = Structure.tree(spans: [3, 2], profiles: Array(Self.profiles.prefix(3)), departments: ["a", "b", "c"])
        #expect(tree.units[0].department == nil)
        #expect(tree.units[1...3].map(\.department) == [0, 1, 2])
        #expect(tree.units[4...9].map(\.department) == [0, 0, 1, 1, 2, 2])
        let hierarchy = try Hierarchy(tree)
        #expect(hierarchy.jurisdiction[0] == 0b111)
        #expect(hierarchy.jurisdiction[2] == 0b010)
    }

    @Test func counterpartsLinkOppositeNumbersAcrossBranches() {
        let tree = Structure.tree(spans: [3, 2], profiles: Array(Self.profiles.prefix(3)),
                                  peers: [.none, .none, .counterparts])
        let peers = tree.links.filter { $0.kind == .peer }.map { [$0.from, $0.to] }
        // Front line: units 4...9, branches of two: (4,5) (6,7) (8,9).
        #expect(peers == [[4, 6], [4, 8], [6, 8], [5, 7], [5, 9], [7, 9]])
    }

    @Test func rejectsReportsToCycle() {
        let units = (0..<3).map { Unit(name: "u\($0)") }
        let links = [Link(.reportsTo, from: 0, to: 1), Link(.reportsTo, from: 1, to: 2), Link(.reportsTo, from: 2, to: 0)]
        #expect(throws: StructureError.cycle(unit: 0)) { try Hierarchy(Structure(units: units, links: links)) }
    }

    @Test func rejectsSecondSuperiorAsReportsTo() {
        let units = (0..<3).map { Unit(name: "u\($0)") }
        let links = [Link(.reportsTo, from: 0, to: 1), Link(.reportsTo, from: 0, to: 2)]
        #expect(throws: StructureError.twoSuperiors(unit: 0)) { try Hierarchy(Structure(units: units, links: links)) }
    }

    @Test func summaryCountsGraicunasRelationships() throws {
        let pyramid = Structure.pyramid(levels: 3, span: 5, profiles: Array(Self.profiles.prefix(3)))
        let summary = StructureSummary(pyramid, hierarchy: try Hierarchy(pyramid))
        // Graicunas: n = 5 subordinates give 5 * (2^4 + 4) = 100 relationships.
        #expect(summary.graicunasRelationships == 100)
        #expect(summary.maxSpan == 5)
        #expect(summary.meanPathToTop == 2)
    }
}

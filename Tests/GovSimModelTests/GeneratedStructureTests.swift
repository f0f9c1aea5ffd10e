@testable import GovSimModel
import Testing

/// A generated tree is held as rules (``TreeShape``), not records; these check that it is the same
/// structure, with the same hierarchy and the same errors, as the one stored unit by unit.
@Suite struct GeneratedStructureTests {
    struct Shape: CustomTestStringConvertible, Sendable {
        var spans: [Int]
        var departments: [String] = []
        var peers: [PeerTopology] = []
        var reportDelay: Distribution = .zero
        var testDescription: String { "spans \(spans) departments \(departments.count) peers \(peers.map(\.rawValue))" }
    }

    static let shapes: [Shape] = [
        Shape(spans: []),
        Shape(spans: [4]),
        Shape(spans: [3, 2], departments: ["a", "b", "c"]),
        Shape(spans: [5, 1, 2], departments: ["a", "b"], reportDelay: .exponential(mean: 0.5)),
        Shape(spans: [2, 0, 3], departments: ["a"]),
        Shape(spans: [2, 3, 2], departments: ["a", "b", "c", "d"], peers: [.none, .ring, .counterparts, .smallWorld]),
        Shape(spans: [3, 3], peers: [.none, .complete, .ring], reportDelay: .deterministic(1)),
    ]

    static func profiles(_ levels: Int) -> [LevelProfile] {
        (0..<levels).map { LevelProfile(name: "Level \($0) office", staff: 1 + $0 % 2, service: .exponential(mean: Double($0 + 1)),
                                        fidelity: 0.9, errorRate: 0.01 * Double($0), costRate: 2) }
    }

    static func generated(_ shape: Shape) -> Structure {
        Structure.tree(spans: shape.spans, profiles: profiles(shape.spans.count + 1), departments: shape.departments,
                       reportDelay: shape.reportDelay, peers: shape.peers, peerDelay: .deterministic(0.25), shortcuts: 3, seed: 7)
    }

    @Test(arguments: shapes) func generatedTreeHasTheUnitsAndLinksOfTheListedOne(_ shape: Shape) {
        let tree = Self.generated(shape)
        let peers = tree.links.filter { $0.kind != .reportsTo }
        let reference = ReferenceTree.tree(spans: shape.spans, profiles: Self.profiles(shape.spans.count + 1),
                                           departments: shape.departments, reportDelay: shape.reportDelay, extra: peers)
        #expect(tree.shape != nil)
        #expect(Array(tree.units) == Array(reference.units))
        #expect(Array(tree.links) == Array(reference.links))
        #expect(tree == reference)
        #expect(tree.hashValue == reference.hashValue)
        #expect(tree.headcount == reference.units.reduce(0) { $0 + $1.staff })
        #expect(tree.units.indices.allSatisfy { tree.attributes(of: $0) == reference.units[$0].attributes })
    }

    @Test(arguments: shapes) func generatedHierarchyEqualsTheListedOne(_ shape: Shape) throws {
        let tree = Self.generated(shape)
        let listed = ReferenceTree.listed(tree)
        #expect(tree.units.shape != nil && listed.units.shape == nil)
        let expected = ReferenceTree.Columns(listed)
        #expect(ReferenceTree.Columns(try Hierarchy(tree)) == expected)
        #expect(ReferenceTree.Columns(try Hierarchy(listed)) == expected)
    }

    @Test(arguments: shapes) func platformOnAGeneratedTreeMatchesTheListedOne(_ shape: Shape) throws {
        let spec = Structure.PlatformSpec(levels: [shape.spans.count])
        let tree = try Self.generated(shape).addingPlatform(spec)
        let listed = try ReferenceTree.listed(Self.generated(shape)).addingPlatform(spec)
        #expect(tree.shape != nil)
        #expect(tree == listed)
        #expect(ReferenceTree.Columns(try Hierarchy(tree)) == ReferenceTree.Columns(listed))
        #expect(ReferenceTree.Columns(try Hierarchy(listed)) == ReferenceTree.Columns(listed))
    }

    @Test(arguments: shapes) func paddingAGeneratedTreeMatchesPaddingTheListedOne(_ shape: Shape) {
        let tree = Self.generated(shape)
        for extra in [0, 1, 5, 1_000] {
            let padded = tree.paddedToHeadcount(tree.headcount + extra)
            let reference = ReferenceTree.listed(tree).paddedToHeadcount(tree.headcount + extra)
            #expect(padded.shape != nil, "padding by \(extra)")
            #expect(padded == reference, "padding by \(extra)")
            #expect(padded.headcount == tree.headcount + extra, "padding by \(extra)")
            // Padding twice cannot be one rule: it stores the units, with the same result.
            let twice = padded.paddedToHeadcount(padded.headcount + 3)
            #expect(twice == reference.paddedToHeadcount(reference.headcount + 3), "padding by \(extra)")
        }
    }

    @Test func changingAGeneratedUnitStoresTheUnits() {
        let tree = Self.generated(Self.shapes[2])
        var changed = tree
        changed.units[5].staff += 1
        #expect(changed.units.shape == nil)
        #expect(changed.units[5].staff == tree.units[5].staff + 1)
        #expect(changed.units.indices.filter { changed.units[$0] != tree.units[$0] } == [5])
        #expect(changed != tree)
        changed.units[5].staff -= 1
        #expect(changed == tree)
        #expect(changed.hashValue == tree.hashValue)
    }

    @Test func appendingKeepsTheGeneratedUnitsAsRules() throws {
        var tree = Self.generated(Self.shapes[2])
        let count = tree.units.count, linkCount = tree.links.count
        tree.units.append(Unit(name: "Annex"))
        tree.links.append(Link(.peer, from: count, to: 1))
        #expect(tree.units.shape != nil && tree.units.generatedCount == count)
        #expect(tree.links.layout != nil && tree.links.generatedCount == linkCount)
        #expect(tree.units.last?.name == "Annex")
        tree.units[count].staff = 4
        #expect(tree.units.shape != nil)
        #expect(ReferenceTree.Columns(try Hierarchy(tree)) == ReferenceTree.Columns(tree))
        // A reports-to line among the stored links: the hierarchy is derived link by link.
        tree.links.append(Link(.reportsTo, from: count, to: 0))
        #expect(tree.generatedTree == nil)
        #expect(ReferenceTree.Columns(try Hierarchy(tree)) == ReferenceTree.Columns(tree))
    }

    @Test func changingAGeneratedLinkStoresTheLinks() {
        let tree = Self.generated(Self.shapes[5])
        var changed = tree
        changed.links[0].delay = .deterministic(3)
        #expect(changed.links.layout == nil)
        #expect(Array(changed.links.dropFirst()) == Array(tree.links.dropFirst()))
        #expect(changed.links[0] == Link(.reportsTo, from: 1, to: 0, delay: .deterministic(3)))
        changed.links.removeSubrange(0..<2)
        #expect(changed.links.count == tree.links.count - 2)
    }

    @Test func unitListsOfAnyStorageCompareByTheirUnits() {
        let tree = Self.generated(Self.shapes[3])
        let stored = UnitList(Array(tree.units))
        #expect(tree.units == stored && stored == tree.units)
        #expect(tree.units.hashValue == stored.hashValue)
        #expect(UnitList() == [])
        #expect(tree.units != UnitList(Array(tree.units.dropLast())))
        #expect(LinkList(Array(tree.links)) == tree.links)
        #expect(LinkList(Array(tree.links)).hashValue == tree.links.hashValue)
    }

    /// Each problem a listed structure reports, the generated one reports identically.
    @Test func generatedTreeReportsTheProblemsOfTheListedOne() throws {
        var staff = Self.profiles(3)
        staff[2].staff = 0
        var fidelity = Self.profiles(3)
        fidelity[1].fidelity = 2
        var cases: [(Structure, StructureError)] = [
            (.tree(spans: [2, 3], profiles: staff), .badStaff(unit: 3, staff: 0)),
            (.tree(spans: [2, 3], profiles: fidelity), .badNumber(unit: 1, field: "fidelity")),
        ]
        var fewerDepartments = Structure.tree(spans: [3, 2], profiles: Self.profiles(3), departments: ["a", "b", "c"])
        fewerDepartments.departments = ["a", "b"]
        cases.append((fewerDepartments, .badDepartment(unit: 3, department: 2)))
        var badLink = Self.generated(Self.shapes[5])
        badLink.links.append(Link(.peer, from: 4, to: 4))
        cases.append((badLink, .selfLink(link: badLink.links.count - 1)))
        var platformLink = try Self.generated(Self.shapes[2]).addingPlatform(.init())
        platformLink.links.append(Link(.peer, from: 1, to: platformLink.units.count - 1))
        cases.append((platformLink, .platformLink(link: platformLink.links.count - 1)))
        var outOfRange = Self.generated(Self.shapes[1])
        outOfRange.links.append(Link(.dottedLine, from: 2, to: 99))
        cases.append((outOfRange, .unitOutOfRange(link: outOfRange.links.count - 1, unit: 99)))
        // Padding makes the first front-line unit valid, not the others.
        cases.append((Structure.tree(spans: [2, 3], profiles: staff).paddedToHeadcount(6), .badStaff(unit: 4, staff: 0)))
        for (index, (structure, expected)) in cases.enumerated() {
            #expect(throws: expected, "case \(index)") { try Hierarchy(structure) }
            #expect(throws: expected, "case \(index), listed") { try Hierarchy(ReferenceTree.listed(structure)) }
        }
    }

    @Test func namesAreNumberedAlongTheLevelWhenRead() {
        let tree = Structure.tree(spans: [1_234, 1], profiles: [LevelProfile(name: "Top"), LevelProfile(name: "县办公室"),
                                                              LevelProfile(name: "县办公室")])
        #expect(tree.units[0].name == "Top")
        for number in [1, 9, 10, 99, 100, 999, 1_000, 1_234] {
            #expect(tree.units[number].name == "县办公室 \(number)")
            #expect(tree.units[1_234 + number].name == "县办公室 \(number)")
        }
        let unit = tree.units[10]
        let named = Unit(name: unit.name, attributes: unit.attributes)
        #expect(unit == named && unit.hashValue == named.hashValue)
        #expect(String(describing: unit) == String(describing: named))
        // Units of two levels with the same profile are equal when their numbers are.
        #expect(tree.units[5] == tree.units[1_234 + 5])
        #expect(tree.units[5] != tree.units[6])
        var renamed = unit
        renamed.name = "Annex"
        #expect(renamed.name == "Annex" && renamed != unit)
    }

    @Test func layoutFindsLevelsSuperiorsAndSubordinates() {
        let layout = TreeLayout(spans: [3, 2, 0])
        #expect(layout.levelStart == [0, 1, 4, 10, 10])
        #expect(layout.frontLineLevel == 2)
        #expect((0..<10).map { layout.level(of: $0) } == [0, 1, 1, 1, 2, 2, 2, 2, 2, 2])
        #expect((0..<10).map { layout.superior(of: $0) } == [-1, 0, 0, 0, 1, 1, 2, 2, 3, 3])
        #expect(layout.subordinates(of: 2) == 6..<8)
        #expect(layout.subordinates(of: 7).isEmpty)
    }
}

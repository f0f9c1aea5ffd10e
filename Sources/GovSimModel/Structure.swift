/// An organisation: its units and the links between them.
///
/// Units are addressed by their index in ``units``. Exactly the `reportsTo` links define the
/// hierarchy (at most one superior each); the other kinds add channels beside it.
///
/// A generated tree holds its units and reports-to lines as rules (``shape``), not records: a
/// national tree of eleven million units costs a few kilobytes until something changes one of them.
/// Equality does not depend on how the units are held.
public struct Structure: Hashable, Sendable {
    public var units: UnitList
    public var links: LinkList
    /// Department names; ``Unit/department`` indexes this list.
    public var departments: [String]

    public init(units: [Unit], links: [Link], departments: [String] = []) {
        self.init(units: UnitList(units), links: LinkList(links), departments: departments)
    }

    public init(units: UnitList, links: LinkList, departments: [String] = []) {
        self.units = units
        self.links = links
        self.departments = departments
    }

    /// Total staff: the headcount that a fair comparison holds equal.
    public var headcount: Int { units.headcount }

    /// A unit without its name, in O(1) for the units of a generated tree: what code that reads
    /// every unit should use instead of `units[i]`, which builds the name.
    public func attributes(of unit: Int) -> UnitAttributes { units.attributes(of: unit) }

    /// The rule the first ``UnitList/generatedCount`` units follow, when this is a generated tree
    /// whose units have not been changed one by one (units appended after them may exist).
    public var shape: TreeShape? { units.shape }

    /// The generated tree whose hierarchy can be worked out by arithmetic: its units and reports-to
    /// lines are both still rules of the same tree, and no stored link adds another reports-to line.
    var generatedTree: TreeShape? {
        guard let shape = units.shape, links.layout == shape.layout else { return nil }
        return links.storedLinks.contains { $0.kind == .reportsTo } ? nil : shape
    }
}

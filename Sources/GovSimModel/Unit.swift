/// An office or an official: the agent of the simulation.
public struct Unit: Hashable, Sendable {
    /// Shown on charts and in reports; need not be unique.
    public var name: String {
        get {
            switch label {
            case .text(let text): text
            case .numbered(let shape, let unit): shape.name(of: unit, level: shape.layout.level(of: unit))
            }
        }
        set { label = .text(newValue) }
    }
    /// The name, or how to make it: a generated unit's name ("County office 1234") is made only
    /// when read, so reading the numbers of millions of units allocates no strings.
    private var label: Label
    /// Index into ``Structure/departments``; `nil` for a unit above the departments (it covers all).
    public var department: Int?
    /// Parallel servers: how many cases the unit works on at once.
    public var staff: Int
    /// Time to handle one case on one visit.
    public var service: Distribution
    /// The highest decision class the unit may decide; `nil` derives it from the unit's height
    /// (see ``Policy``).
    public var authority: Int?
    /// Share of a report's information kept when this unit passes it on (1 = nothing lost).
    public var fidelity: Double
    /// Probability that a decision this unit takes on complete information is wrong.
    public var errorRate: Double
    /// Cost per staff member per time unit.
    public var costRate: Double
    /// A shared data platform (002's data-exchange platform, a data centre) rather than an office:
    /// it answers other departments' queries but takes no cases and no decisions, and stands
    /// outside the reporting lines.
    public var isPlatform: Bool = false

    /// The defaults are ``UnitAttributes/standard``.
    public init(
        name: String, department: Int? = nil, staff: Int = UnitAttributes.standard.staff,
        service: Distribution = UnitAttributes.standard.service, authority: Int? = nil,
        fidelity: Double = UnitAttributes.standard.fidelity, errorRate: Double = UnitAttributes.standard.errorRate,
        costRate: Double = UnitAttributes.standard.costRate
    ) {
        self.label = .text(name)
        self.department = department
        self.staff = staff
        self.service = service
        self.authority = authority
        self.fidelity = fidelity
        self.errorRate = errorRate
        self.costRate = costRate
    }
}

extension Unit {
    enum Label: Sendable {
        case text(String)
        /// Unit `unit` of a generated tree.
        case numbered(TreeShape, unit: Int)
    }

    /// A generated tree's unit, its name made when read.
    init(numbered unit: Int, of shape: TreeShape, attributes: UnitAttributes) {
        self.init(name: "", attributes: attributes)
        label = .numbered(shape, unit: unit)
    }

    /// Equal names and attributes, however the names are held.
    public static func == (lhs: Unit, rhs: Unit) -> Bool {
        guard lhs.attributes == rhs.attributes else { return false }
        if case .numbered(let left, let a) = lhs.label, case .numbered(let right, let b) = rhs.label, left === right, a == b {
            return true
        }
        return lhs.name == rhs.name
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(attributes)
    }
}

extension Unit: CustomReflectable {
    /// Printed and dumped with its name, as when every unit stored one.
    public var customMirror: Mirror {
        Mirror(self, children: ["name": name, "department": department as Any, "staff": staff, "service": service,
                                "authority": authority as Any, "fidelity": fidelity, "errorRate": errorRate,
                                "costRate": costRate, "isPlatform": isPlatform], displayStyle: .struct)
    }
}

/// Everything about a unit except its name: what the engine needs, without building a string.
///
/// A generated unit's name is made on demand ("County office 1234"), and making it costs a heap
/// allocation; ``Structure/attributes(of:)`` skips that for code that reads millions of units.
public struct UnitAttributes: Hashable, Sendable {
    /// See ``Unit/department``.
    public var department: Int?
    public var staff: Int
    public var service: Distribution
    /// See ``Unit/authority``.
    public var authority: Int?
    public var fidelity: Double
    public var errorRate: Double
    public var costRate: Double
    public var isPlatform: Bool

    /// A unit nothing is said about: one member of staff, exponential service with mean 1, no
    /// department or authority of its own, nothing lost or wrong, cost 1. The one definition of
    /// these defaults: ``Unit``, ``LevelProfile`` and a scenario file's units and levels use it.
    public static let standard = UnitAttributes(department: nil, staff: 1, service: .exponential(mean: 1), authority: nil,
                                                fidelity: 1, errorRate: 0, costRate: 1, isPlatform: false)

    public init(department: Int?, staff: Int, service: Distribution, authority: Int?, fidelity: Double,
                errorRate: Double, costRate: Double, isPlatform: Bool) {
        self.department = department
        self.staff = staff
        self.service = service
        self.authority = authority
        self.fidelity = fidelity
        self.errorRate = errorRate
        self.costRate = costRate
        self.isPlatform = isPlatform
    }

    /// The first problem a ``Hierarchy`` reports for a unit like this at `index`, if any.
    func problem(index: Int, departments: Int) -> StructureError? {
        guard staff >= 1 else { return .badStaff(unit: index, staff: staff) }
        if let department, !(0..<departments).contains(department) {
            return .badDepartment(unit: index, department: department)
        }
        guard service.isValid else { return .badNumber(unit: index, field: "service") }
        guard (0...1).contains(fidelity) else { return .badNumber(unit: index, field: "fidelity") }
        guard (0...1).contains(errorRate) else { return .badNumber(unit: index, field: "error_rate") }
        guard costRate.isFinite, costRate >= 0 else { return .badNumber(unit: index, field: "cost_rate") }
        return nil
    }
}

extension Unit {
    /// This unit without its name.
    public var attributes: UnitAttributes {
        UnitAttributes(department: department, staff: staff, service: service, authority: authority, fidelity: fidelity,
                       errorRate: errorRate, costRate: costRate, isPlatform: isPlatform)
    }

    /// A unit with these attributes and this name.
    public init(name: String, attributes: UnitAttributes) {
        self.init(name: name, department: attributes.department, staff: attributes.staff, service: attributes.service,
                  authority: attributes.authority, fidelity: attributes.fidelity, errorRate: attributes.errorRate,
                  costRate: attributes.costRate)
        isPlatform = attributes.isPlatform
    }
}

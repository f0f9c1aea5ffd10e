/// An office or an official: the agent of the simulation.
public struct Unit: Hashable, Sendable {
    /// Shown on charts and in reports; need not be unique.
    public var name: String
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

    public init(
        name: String, department: Int? = nil, staff: Int = 1,
        service: Distribution = .exponential(mean: 1), authority: Int? = nil,
        fidelity: Double = 1, errorRate: Double = 0, costRate: Double = 1
    ) {
        self.name = name
        self.department = department
        self.staff = staff
        self.service = service
        self.authority = authority
        self.fidelity = fidelity
        self.errorRate = errorRate
        self.costRate = costRate
    }
}

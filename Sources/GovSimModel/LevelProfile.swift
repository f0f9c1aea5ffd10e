/// What every unit on one level of a generated structure is like.
public struct LevelProfile: Hashable, Sendable {
    /// Singular name of a unit on this level ("County office"); units are numbered after it.
    public var name: String
    public var staff: Int
    public var service: Distribution
    public var fidelity: Double
    public var errorRate: Double
    public var costRate: Double

    /// The defaults are ``UnitAttributes/standard``.
    public init(
        name: String, staff: Int = UnitAttributes.standard.staff, service: Distribution = UnitAttributes.standard.service,
        fidelity: Double = UnitAttributes.standard.fidelity, errorRate: Double = UnitAttributes.standard.errorRate,
        costRate: Double = UnitAttributes.standard.costRate
    ) {
        self.name = name
        self.staff = staff
        self.service = service
        self.fidelity = fidelity
        self.errorRate = errorRate
        self.costRate = costRate
    }
}

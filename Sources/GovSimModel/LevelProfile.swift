/// What every unit on one level of a generated structure is like.
public struct LevelProfile: Hashable, Sendable {
    /// Singular name of a unit on this level ("County office"); units are numbered after it.
    public var name: String
    public var staff: Int
    public var service: Distribution
    public var fidelity: Double
    public var errorRate: Double
    public var costRate: Double

    public init(
        name: String, staff: Int = 1, service: Distribution = .exponential(mean: 1),
        fidelity: Double = 1, errorRate: Double = 0, costRate: Double = 1
    ) {
        self.name = name
        self.staff = staff
        self.service = service
        self.fidelity = fidelity
        self.errorRate = errorRate
        self.costRate = costRate
    }
}

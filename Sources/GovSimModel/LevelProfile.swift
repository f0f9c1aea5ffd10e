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

/// How peers on one level are wired together.
public enum PeerTopology: String, CaseIterable, Hashable, Sendable {
    case none
    /// Each unit to the next one on its level, the last back to the first.
    case ring
    /// Every unit to every other unit on its level (quadratic: meant for small levels).
    case complete
    /// Each unit to its counterpart in every other branch: the unit in the same position under
    /// each other unit of level 1 (its opposite number in the other departments).
    case counterparts
    /// A ring plus a few long-range shortcuts (Watts and Strogatz 1998), placed by a seeded generator.
    case smallWorld = "small_world"
}

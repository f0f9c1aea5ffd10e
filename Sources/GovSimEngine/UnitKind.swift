/// The parameters many units share: the distributions and rates of a unit, its staff, level and
/// department (units of a level of a generated structure share all of them), without its position.
struct UnitKind: Hashable, Sendable {
    let service: Sampler
    /// Parallel servers.
    let staff: Int32
    let level: Int16
    /// Its department, or -1 for a unit above the departments.
    let department: Int16
    /// Delay of the link to its superior (used both ways).
    let uplinkDelay: Sampler
    let fidelity: Double
    let errorRate: Double
    /// Cost per staff member per time unit (read once, at the end).
    let costRate: Double
    /// On the external network (front line or platform) rather than the internal one.
    let isExternal: Bool
    let isPlatform: Bool
}

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

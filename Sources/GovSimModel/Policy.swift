/// The levers of a variant: how authority is spread and which channels may be used.
///
/// Rules are parameters, never code per scenario: a pyramid and a flat organisation run the same
/// engine, and only these values and the structure differ.
public struct Policy: Hashable, Sendable {
    /// Extra decision classes every unit below the top may decide, on top of its height
    /// ("centralization and decentralization combined", 001). 0 = authority follows rank.
    public var delegation: Int
    /// Authority of each level (index 0 = top), overriding height + delegation where given.
    public var authorityByLevel: [Int]?
    /// A unit that needs another department's input asks a peer of that department directly,
    /// when it has one, instead of escalating to the common superior ("peers at the same level
    /// exchange information directly", 001).
    public var peerConsultation: Bool
    /// Escalations use a skip-level link when the unit has one to a superior with enough authority.
    public var skipLevel: Bool
    /// The decision goes straight back to the front-line unit (electronic notification) instead of
    /// being relayed down through every level in between.
    public var directReply: Bool

    public init(
        delegation: Int = 0, authorityByLevel: [Int]? = nil, peerConsultation: Bool = true,
        skipLevel: Bool = true, directReply: Bool = false
    ) {
        self.delegation = delegation
        self.authorityByLevel = authorityByLevel
        self.peerConsultation = peerConsultation
        self.skipLevel = skipLevel
        self.directReply = directReply
    }
}

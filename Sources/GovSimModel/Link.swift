/// A channel between two units, with the time a message takes to cross it.
public struct Link: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// `from` reports to `to` (its superior): the vertical line of a pyramid.
        case reportsTo = "reports_to"
        /// A horizontal channel between units, used both ways.
        case peer
        /// A direct line from `from` to a superior above its own: information crosses layers
        /// without the intermediate ones ("layers at different levels exchange information directly", 001).
        case skipLevel = "skip_level"
        /// A second ("dotted-line") superior: multi-head management (001, 003).
        case dottedLine = "dotted_line"
        /// `from` reads and writes the shared platform `to`.
        case platform
    }

    /// The kind of a link a scenario file lists without one.
    public static let defaultKind = Kind.peer

    public var kind: Kind
    public var from: Int
    public var to: Int
    public var delay: Distribution

    public init(_ kind: Kind, from: Int, to: Int, delay: Distribution = .zero) {
        self.kind = kind
        self.from = from
        self.to = to
        self.delay = delay
    }
}

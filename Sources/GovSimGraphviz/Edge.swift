/// A line between two nodes, by their ids.
public struct Edge: Hashable, Sendable {
    public var from: String
    public var to: String
    public var attributes: Attributes

    public init(_ from: String, _ to: String, _ attributes: Attributes = [:]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A box or point of a graph: an id chosen by the chart builder and its attributes.
public struct Node: Hashable, Sendable {
    public var id: String
    public var attributes: Attributes

    public init(_ id: String, _ attributes: Attributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

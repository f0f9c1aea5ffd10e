/// A graph described as plain Swift values: what a chart builder produces and the encoder writes
/// as DOT. Nothing here touches C, so graphs can be built, compared and tested anywhere.
public struct Graph: Hashable, Sendable {
    /// Identifiers are chosen by chart builders (`u12`, `g3`), never taken from user text; the
    /// encoder quotes them all the same.
    public var name: String
    /// The layout engine that draws this kind of graph best.
    public var engine: LayoutEngine
    public var attributes: Attributes
    public var nodeDefaults: Attributes
    public var edgeDefaults: Attributes
    public var nodes: [Node]
    public var edges: [Edge]
    public var subgraphs: [Subgraph]

    public init(name: String = "G", engine: LayoutEngine = .dot, attributes: Attributes = [:],
                nodeDefaults: Attributes = [:], edgeDefaults: Attributes = [:],
                nodes: [Node] = [], edges: [Edge] = [], subgraphs: [Subgraph] = []) {
        self.name = name
        self.engine = engine
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// Every node, including those declared inside subgraphs.
    public var allNodes: [Node] { nodes + subgraphs.flatMap(\.allNodes) }
}

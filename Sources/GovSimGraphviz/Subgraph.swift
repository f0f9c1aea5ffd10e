/// A group of nodes: a cluster (drawn as a box, its id starts with `cluster`) or a plain
/// subgraph that only constrains layout (`rank=same`).
public struct Subgraph: Hashable, Sendable {
    public var id: String
    public var isCluster: Bool
    public var attributes: Attributes
    public var nodes: [Node]
    /// Nodes declared elsewhere that belong here too (for `rank=same` groups).
    public var members: [String]
    public var edges: [Edge]
    public var subgraphs: [Subgraph]

    public init(id: String, isCluster: Bool = false, attributes: Attributes = [:], nodes: [Node] = [],
                members: [String] = [], edges: [Edge] = [], subgraphs: [Subgraph] = []) {
        self.id = id
        self.isCluster = isCluster
        self.attributes = attributes
        self.nodes = nodes
        self.members = members
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// The id Graphviz sees: clusters need the `cluster` prefix to be drawn as boxes.
    var dotID: String { isCluster && !id.hasPrefix("cluster") ? "cluster_" + id : id }

    var allNodes: [Node] { nodes + subgraphs.flatMap(\.allNodes) }
}

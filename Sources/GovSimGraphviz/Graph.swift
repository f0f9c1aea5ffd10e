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

public struct Node: Hashable, Sendable {
    public var id: String
    public var attributes: Attributes

    public init(_ id: String, _ attributes: Attributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

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

/// Layout programs of Graphviz that this module may call.
public enum LayoutEngine: String, CaseIterable, Hashable, Sendable {
    /// Layered: hierarchies, trees, anything with a direction.
    case dot
    /// Spring model: honours pinned positions (`pos` with `!`), used for the journey chart.
    case neato
    /// Force-directed: networks without levels.
    case fdp
}

/// Writes a ``Graph`` as DOT text: attributes sorted by name, statements in the order given,
/// every identifier quoted, so the same graph always gives the same bytes.
public enum DOTEncoder {
    public static func encode(_ graph: Graph) -> String {
        var lines = ["digraph \(DOTEscaping.quoted(graph.name)) {"]
        if !graph.attributes.isEmpty { lines.append("  graph \(list(graph.attributes));") }
        if !graph.nodeDefaults.isEmpty { lines.append("  node \(list(graph.nodeDefaults));") }
        if !graph.edgeDefaults.isEmpty { lines.append("  edge \(list(graph.edgeDefaults));") }
        body(nodes: graph.nodes, members: [], edges: graph.edges, subgraphs: graph.subgraphs,
             indent: "  ", into: &lines)
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func body(nodes: [Node], members: [String], edges: [Edge], subgraphs: [Subgraph],
                             indent: String, into lines: inout [String]) {
        for subgraph in subgraphs {
            lines.append("\(indent)subgraph \(DOTEscaping.quoted(subgraph.dotID)) {")
            if !subgraph.attributes.isEmpty { lines.append("\(indent)  graph \(list(subgraph.attributes));") }
            body(nodes: subgraph.nodes, members: subgraph.members, edges: subgraph.edges,
                 subgraphs: subgraph.subgraphs, indent: indent + "  ", into: &lines)
            lines.append("\(indent)}")
        }
        for node in nodes {
            let attributes = node.attributes.isEmpty ? "" : " " + list(node.attributes)
            lines.append("\(indent)\(DOTEscaping.quoted(node.id))\(attributes);")
        }
        for member in members { lines.append("\(indent)\(DOTEscaping.quoted(member));") }
        for edge in edges {
            let attributes = edge.attributes.isEmpty ? "" : " " + list(edge.attributes)
            lines.append("\(indent)\(DOTEscaping.quoted(edge.from)) -> \(DOTEscaping.quoted(edge.to))\(attributes);")
        }
    }

    /// `[name=value, ...]` in name order.
    static func list(_ attributes: Attributes) -> String {
        "[" + attributes.sorted.map { "\($0.name.rawValue)=\(value($0.value))" }.joined(separator: ", ") + "]"
    }

    static func value(_ value: AttributeValue) -> String {
        switch value {
        case .text(let text): DOTEscaping.quoted(text)
        case .html(let html): "<\(html.markup)>"
        case .number(let number): DOTEscaping.number(number)
        case .bool(let flag): flag ? "true" : "false"
        }
    }
}

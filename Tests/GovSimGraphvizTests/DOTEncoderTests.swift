import GovSimGraphviz
import Testing

@Suite struct DOTEncoderTests {
    @Test func writesAttributesSortedByName() {
        let graph = Graph(name: "g", attributes: [.rankdir: "TB", .bgcolor: "white"],
                          nodes: [Node("a", [.shape: "box", .label: "A", .color: "#ff0000"])],
                          edges: [Edge("a", "b", [.weight: 2, .constraint: false])])
        #expect(DOTEncoder.encode(graph) == """
            digraph "g" {
              graph [bgcolor="white", rankdir="TB"];
              "a" [color="#ff0000", label="A", shape="box"];
              "a" -> "b" [constraint=false, weight=2];
            }

            """)
    }
}

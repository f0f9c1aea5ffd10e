import GovSimModel

/// The links beside the reporting lines, counted between boxes: 84 counterpart links between two
/// group boxes become one line labelled "84 peer links".
struct LinkSummary {
    struct Pair: Hashable {
        let from: Int
        let to: Int
        /// Peer links have no direction: one key for both orders.
        init(_ a: Int, _ b: Int) { (from, to) = a < b ? (a, b) : (b, a) }
    }

    struct Aggregate {
        let kind: Link.Kind
        let from: Int
        let to: Int
        var count: Int
    }

    /// Lines between boxes, in the order first met.
    private(set) var edges: [Aggregate] = []
    /// Links between units of the same box, by box.
    private(set) var inside: [Int: [Link.Kind: Int]] = [:]
    /// Peer links from each box to other boxes.
    private(set) var peersLeaving: [Int: Int] = [:]
    /// Kinds of link drawn, for the legend.
    private(set) var kinds: Set<Link.Kind> = []
    /// Boxes of shared data platforms, drawn as cylinders.
    private(set) var platforms: Set<Int> = []

    init(_ structure: Structure, tree: ChartTree) {
        var index: [String: Int] = [:]
        for unit in structure.units.indices where structure.attributes(of: unit).isPlatform && tree.boxOfUnit[unit] >= 0 {
            platforms.insert(tree.boxOfUnit[unit])
        }
        for link in structure.links where link.kind != .reportsTo {
            let from = tree.boxOfUnit[link.from], to = tree.boxOfUnit[link.to]
            guard from >= 0, to >= 0 else { continue }
            guard from != to else {
                inside[from, default: [:]][link.kind, default: 0] += 1
                continue
            }
            if link.kind == .peer {
                peersLeaving[from, default: 0] += 1
                peersLeaving[to, default: 0] += 1
            }
            let (a, b) = link.kind == .peer ? (min(from, to), max(from, to)) : (from, to)
            let key = "\(link.kind.rawValue) \(a) \(b)"
            if let found = index[key] {
                edges[found].count += 1
            } else {
                index[key] = edges.count
                edges.append(Aggregate(kind: link.kind, from: a, to: b, count: 1))
                kinds.insert(link.kind)
            }
        }
    }
}

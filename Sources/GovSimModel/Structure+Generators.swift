/// Generators for the structures the documents contrast.
extension Structure {
    /// Long-range links of a small-world level when nothing says how many: none (a plain ring).
    public static let defaultShortcuts = 0

    /// A complete tree: `spans[k]` subordinates under every unit of level k.
    ///
    /// Departments are handed out round-robin on level 1 and inherited below it; the top unit
    /// belongs to none (it covers all). `peers[k]` wires level k horizontally.
    public static func tree(
        spans: [Int], profiles: [LevelProfile], departments: [String] = [],
        reportDelay: Distribution = .zero, peers: [PeerTopology] = [],
        peerDelay: Distribution = .zero, shortcuts: Int = Structure.defaultShortcuts, seed: UInt64 = 1
    ) -> Structure {
        precondition(profiles.count == spans.count + 1, "one profile per level")
        let layout = TreeLayout(spans: spans)
        let shape = TreeShape(layout: layout, profiles: profiles, departmentCount: departments.count)
        var links: [Link] = []
        for (level, topology) in peers.enumerated() where level < layout.levelCount {
            let branches = spans.first ?? 1
            links += peerLinks(layout.levelRange(level), topology, branches: level == 0 ? 1 : branches, delay: peerDelay,
                               shortcuts: shortcuts, seed: seed &+ UInt64(level))
        }
        return Structure(units: UnitList(shape), links: LinkList(layout, reportDelay: reportDelay, then: links),
                         departments: departments)
    }

    /// A tall pyramid: `levels` levels, every unit above the front line with `span` subordinates.
    public static func pyramid(
        levels: Int, span: Int, profiles: [LevelProfile], departments: [String] = [],
        reportDelay: Distribution = .zero
    ) -> Structure {
        tree(spans: Array(repeating: span, count: max(levels - 1, 0)), profiles: profiles,
             departments: departments, reportDelay: reportDelay)
    }

    /// The spans of a flat organisation with the same number of units as `unitCount` (or fewer):
    /// one leadership unit, `teams` teams on level 1, and the rest of the units spread evenly
    /// over the levels below with equal spans.
    public static func flatSpans(unitCount: Int, levels: Int, teams: Int) -> [Int] {
        guard levels >= 2 else { return [] }
        guard levels >= 3 else { return [max(unitCount - 1, 1)] }
        let rest = max(unitCount - 1 - teams, 1)
        // Largest equal span s with teams * (s + s^2 + ... + s^(levels - 2)) <= rest.
        var span = 1
        while teams * geometricSum(span + 1, terms: levels - 2) <= rest { span += 1 }
        return [teams] + Array(repeating: span, count: levels - 2)
    }

    static func geometricSum(_ ratio: Int, terms: Int) -> Int {
        var total = 0, power = 1
        for _ in 0..<terms {
            power = power.multipliedReportingOverflow(by: ratio).overflow ? Int.max / 2 : power * ratio
            total = min(total + power, Int.max / 2)
        }
        return total
    }

    /// Adds the staff this structure lacks to reach `headcount` to its front-line units, one each
    /// in unit order, so a comparison with another structure of that headcount is fair.
    public func paddedToHeadcount(_ headcount: Int) -> Structure {
        var copy = self
        var missing = headcount - copy.headcount
        guard missing > 0 else { return copy }
        if let shape = generatedTree, units.count == shape.unitCount {
            // The front line is the deepest level: one rule pads it without storing a unit.
            let frontLine = shape.layout.levelRange(shape.layout.frontLineLevel).count
            let each = missing / frontLine
            if let padded = units.paddingFrontLine(each: each, extra: missing - each * frontLine) {
                copy.units = padded
                return copy
            }
        }
        let hasSubordinate = Set(links.lazy.filter { $0.kind == .reportsTo }.map(\.to))
        let frontLine = copy.units.indices.filter { !hasSubordinate.contains($0) }
        guard !frontLine.isEmpty else { return copy }
        let each = missing / frontLine.count
        missing -= each * frontLine.count
        for (order, unit) in frontLine.enumerated() {
            copy.units[unit].staff += each + (order < missing ? 1 : 0)
        }
        return copy
    }

    private static func peerLinks(
        _ members: Range<Int>, _ topology: PeerTopology, branches: Int, delay: Distribution, shortcuts: Int, seed: UInt64
    ) -> [Link] {
        let count = members.count
        guard count >= 2 else { return [] }
        var links: [Link] = []
        func ring() {
            for offset in 0..<count where count > 2 || offset == 0 {
                links.append(Link(.peer, from: members.lowerBound + offset,
                                  to: members.lowerBound + (offset + 1) % count, delay: delay))
            }
        }
        switch topology {
        case .none: break
        case .ring: ring()
        case .complete:
            for a in members { for b in (a + 1)..<members.upperBound { links.append(Link(.peer, from: a, to: b, delay: delay)) } }
        case .counterparts:
            // Levels are generated branch by branch, so each branch holds an equal, contiguous run.
            let size = count / max(branches, 1)
            guard size > 0 else { break }
            for position in 0..<size {
                for a in 0..<branches { for b in (a + 1)..<branches {
                    links.append(Link(.peer, from: members.lowerBound + a * size + position,
                                      to: members.lowerBound + b * size + position, delay: delay))
                } }
            }
        case .smallWorld:
            ring()
            var random = SplitMix64(seed: seed)
            for _ in 0..<min(shortcuts, count * (count - 1) / 2) {
                let a = Int(random.next() % UInt64(count))
                let b = Int(random.next() % UInt64(count))
                if a != b { links.append(Link(.peer, from: members.lowerBound + a, to: members.lowerBound + b, delay: delay)) }
            }
        }
        return links
    }
}

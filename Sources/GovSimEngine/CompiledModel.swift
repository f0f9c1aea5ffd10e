import GovSimModel

/// A structure and a policy flattened into tables indexed by unit: what one simulation runs on.
///
/// Built once per variant and shared read-only by every replication. Each replication copies the
/// 8-byte ``UnitRecord``s into its unit slots; the loop reads the unit's shared ``UnitKind``.
/// Channels beside the reporting line (peers and platforms, skip-level lines, dotted lines) are
/// compressed edge lists: the edges of unit u are `offsets[u]..<offsets[u + 1]`, so a unit
/// without any costs four bytes per list.
public final class CompiledModel: Sendable {
    public let structure: Structure
    public let policy: Policy
    public let hierarchy: Hierarchy
    let units: Column<UnitRecord>
    let kinds: Column<UnitKind>
    /// Authority each unit starts with (the policy's evaluation may move it during a run).
    public let initialAuthority: ContiguousArray<Int32>
    /// Bit d set when the unit's subtree holds department d (platforms: the departments using it).
    /// The hierarchy's own array: read only for cases that need other departments.
    var jurisdiction: CompactArray<UInt64> { hierarchy.jurisdiction }
    /// Consultation edges: platforms first, then peers in unit order.
    let peers: EdgeList
    /// Skip-level lines, only to a unit's own chain of superiors.
    let skips: EdgeList
    /// A second ("dotted-line") superior: at most one edge per unit.
    let dotted: EdgeList
    /// Position among its department's front-line units (for counterparts), or -1.
    let frontLinePosition: ContiguousArray<Int32>
    /// The hierarchy's own: a generated tree's front line follows a rule and costs no memory
    /// (a copy was 8 MB at 2.4 million units).
    public let frontLine: CompactArray<Int32>
    /// The first front-line unit when the front line is numbered in a row, else -1.
    let firstOfContiguousFrontLine: Int32
    /// Front-line units of each department, in unit order.
    package let departmentFrontLine: [[Int32]]
    /// The policy's delays and probabilities, ready for the event loop.
    package let levers: CompiledLevers

    public init(structure: Structure, policy: Policy) throws(StructureError) {
        let hierarchy = try Hierarchy(structure)
        self.structure = structure
        self.policy = policy
        self.hierarchy = hierarchy
        let count = structure.units.count
        let levers = CompiledLevers(policy)
        let edges = EdgeList.Builders(structure: structure, hierarchy: hierarchy, levers: levers)
        peers = edges.peers
        skips = edges.skips
        dotted = edges.dotted

        var departmentFrontLine = [[Int32]](repeating: [], count: structure.departments.count)
        // Positions matter only for counterparts in other departments: none without departments.
        var position = ContiguousArray<Int32>(repeating: -1, count: structure.departments.isEmpty ? 0 : count)
        let frontLine = hierarchy.frontLine
        for unit in frontLine {
            guard let department = structure.attributes(of: Int(unit)).department else { continue }
            position[Int(unit)] = Int32(departmentFrontLine[department].count)
            departmentFrontLine[department].append(unit)
        }
        var isFrontLine = [Bool](repeating: false, count: count)
        for unit in frontLine { isFrontLine[Int(unit)] = true }

        var kindIndex: [UnitKind: Int32] = [:]
        var kindList: [UnitKind] = []
        var records = [UnitRecord]()
        records.reserveCapacity(count)
        var authority = ContiguousArray<Int32>()
        authority.reserveCapacity(count)
        for index in 0..<count {
            let unit = structure.attributes(of: index)  // no name: that would be a string per unit
            let kind = UnitKind(service: Sampler(unit.service), staff: Int32(clamping: unit.staff),
                                level: Int16(clamping: hierarchy.level[index]), department: Int16(unit.department ?? -1),
                                uplinkDelay: edges.uplink[index],
                                fidelity: unit.fidelity, errorRate: unit.errorRate, costRate: unit.costRate,
                                isExternal: unit.isPlatform || isFrontLine[index], isPlatform: unit.isPlatform)
            let number: Int32
            if let last = kindList.last, last == kind {
                number = Int32(kindList.count - 1)  // neighbours are mostly alike: skip the hashing
            } else if let known = kindIndex[kind] {
                number = known
            } else {
                number = Int32(kindList.count)
                kindIndex[kind] = number
                kindList.append(kind)
            }
            records.append(UnitRecord(superior: hierarchy.superior[index], kind: number))
            authority.append(Self.authority(of: index, unit, hierarchy, policy))
        }
        units = Column(records)
        kinds = Column(kindList)
        initialAuthority = authority
        frontLinePosition = position
        self.frontLine = frontLine
        let inARow = frontLine.indices.allSatisfy { frontLine[$0] == frontLine[0] + Int32($0) }
        firstOfContiguousFrontLine = !frontLine.isEmpty && inARow ? frontLine[0] : -1
        self.departmentFrontLine = departmentFrontLine
        self.levers = levers
    }

    /// The front-line unit of `department` that stands where `unit` stands in its own department
    /// (its opposite number), or -1 when the department has no front line.
    package func counterpart(of unit: Int32, in department: Int) -> Int32 {
        let offices = departmentFrontLine[department]
        guard !offices.isEmpty else { return -1 }
        let position = max(Int(frontLinePosition[Int(unit)]), 0)
        return offices[position % offices.count]
    }

    /// The front-line unit at `position` (0 to 1) along the front line: the same place in every
    /// structure, so variants are hit alike.
    @inline(__always)
    func frontLineUnit(at position: Double) -> Int32 {
        let index = min(Int(position * Double(frontLine.count)), frontLine.count - 1)
        // Numbered in a row (as in every generated tree): no table to read, no cache miss.
        return firstOfContiguousFrontLine >= 0 ? firstOfContiguousFrontLine + Int32(index) : frontLine[index]
    }

    /// Authority: the unit's own if set, else the policy's for its level, else its height plus the
    /// policy's delegation. A top unit decides everything: there is no one left to ask.
    static func authority(of index: Int, _ unit: UnitAttributes, _ hierarchy: Hierarchy, _ policy: Policy) -> Int32 {
        if hierarchy.superior[index] < 0 { return unit.isPlatform ? -1 : .max }
        if let own = unit.authority { return Int32(clamping: own) }
        let level = Int(hierarchy.level[index])
        if let byLevel = policy.authorityByLevel, byLevel.indices.contains(level) { return Int32(clamping: byLevel[level]) }
        return Int32(clamping: hierarchy.height(index) + policy.delegation)
    }

    public var unitCount: Int { units.count }
    public var levelCount: Int { hierarchy.maxLevel + 1 }

    /// Level of a unit (0 at the top).
    package func level(of unit: Int) -> Int { Int(kind(of: unit).level) }

    /// Indices of the unit's consultation edges (platforms first, then peers) into ``peerTargets``.
    package func peerEdges(of unit: Int) -> Range<Int> { peers.edges(of: unit) }

    /// The far end of each consultation edge.
    package var peerTargets: ContiguousArray<Int32> { ContiguousArray(peers.target.array) }

    /// Number of consultation edges (for per-edge counters).
    package var peerEdgeCount: Int { peers.target.count }

    /// The kind of a unit.
    @inline(__always) func kind(of unit: Int) -> UnitKind { kinds[Int(units[unit].kind)] }
}

extension CompiledModel {
    /// Bytes of the per-unit record the event loop reads at every step (for the benchmark's report).
    public static var unitRecordBytes: Int { MemoryLayout<UnitRecord>.stride }

    /// Bytes of one pending event in the queue (the benchmark reports it beside C's).
    public static var eventBytes: Int { MemoryLayout<Event>.stride }
}

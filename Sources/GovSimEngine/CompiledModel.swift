import GovSimModel

/// One unit as the event loop sees it: everything it needs about the unit in one record.
public struct UnitRecord: Sendable {
    public let superior: Int32
    public let level: Int32
    public let staff: Int32
    /// Highest decision class it may decide (`Int32.max` for a top unit: it decides everything).
    public let authority: Int32
    public let jurisdiction: UInt64
    public let service: Sampler
    /// Delay of the link to its superior (used both ways).
    public let uplinkDelay: Sampler
    public let fidelity: Double
    public let errorRate: Double
    /// This unit's consultation edges (platforms first, then peers) are
    /// `peerTarget[peerStart..<peerEnd]`; likewise its skip-level superiors.
    public let peerStart, peerEnd, skipStart, skipEnd: Int32
    /// A second ("dotted-line") superior, or -1.
    public let dottedSuperior: Int32
    public let dottedDelay: Sampler
    /// On the external network (front line or platform) rather than the internal one.
    public let isExternal: Bool
    /// Position among its department's front-line units (for counterparts), or -1.
    public let frontLinePosition: Int32
    /// Its department, or -1 for a unit above the departments.
    public let department: Int16
    public let isPlatform: Bool
}

/// A structure and a policy flattened into arrays indexed by unit: what one simulation runs on.
///
/// Built once per variant and shared read-only by every replication.
public final class CompiledModel: Sendable {
    public let structure: Structure
    public let policy: Policy
    public let hierarchy: Hierarchy
    public let units: ContiguousArray<UnitRecord>
    public let peerTarget: ContiguousArray<Int32>
    public let peerDelay: ContiguousArray<Sampler>
    public let skipTarget: ContiguousArray<Int32>
    public let skipDelay: ContiguousArray<Sampler>
    public let frontLine: ContiguousArray<Int32>
    /// Front-line units of each department, in unit order.
    public let departmentFrontLine: [[Int32]]
    /// The policy's delays and probabilities, ready for the event loop.
    public let levers: CompiledLevers

    public init(structure: Structure, policy: Policy) throws(StructureError) {
        let hierarchy = try Hierarchy(structure)
        self.structure = structure
        self.policy = policy
        self.hierarchy = hierarchy
        let count = structure.units.count

        var peers = [[(Int32, Sampler)]](repeating: [], count: count)
        var skips = [[(Int32, Sampler)]](repeating: [], count: count)
        let levers = CompiledLevers(policy)
        var uplink = [Sampler](repeating: levers.linkDelay(.zero), count: count)
        var dotted = [(Int32, Sampler)](repeating: (-1, Sampler(.zero)), count: count)
        for link in structure.links {
            let sampler = levers.linkDelay(link.delay)
            switch link.kind {
            case .reportsTo: uplink[link.from] = sampler
            case .platform: peers[link.from].insert((Int32(link.to), sampler), at: 0)
            case .peer:
                peers[link.from].append((Int32(link.to), sampler))
                peers[link.to].append((Int32(link.from), sampler))
            case .skipLevel:
                // Only a line to one's own chain of superiors is a skip-level line.
                if Self.isAncestor(link.to, of: link.from, hierarchy) { skips[link.from].append((Int32(link.to), sampler)) }
            case .dottedLine: if dotted[link.from].0 < 0 { dotted[link.from] = (Int32(link.to), sampler) }
            }
        }
        var departmentFrontLine = [[Int32]](repeating: [], count: structure.departments.count)
        var position = [Int32](repeating: -1, count: count)
        for unit in hierarchy.frontLine {
            guard let department = structure.units[Int(unit)].department else { continue }
            position[Int(unit)] = Int32(departmentFrontLine[department].count)
            departmentFrontLine[department].append(unit)
        }
        let frontLineSet = Set(hierarchy.frontLine)
        var records = ContiguousArray<UnitRecord>()
        records.reserveCapacity(count)
        var peerTarget = ContiguousArray<Int32>(), peerDelay = ContiguousArray<Sampler>()
        var skipTarget = ContiguousArray<Int32>(), skipDelay = ContiguousArray<Sampler>()
        for index in 0..<count {
            let unit = structure.units[index]
            let peerStart = Int32(peerTarget.count), skipStart = Int32(skipTarget.count)
            // Platforms first (one query covers many departments), then peers in unit order.
            let ordered = peers[index].sorted { a, b in
                let (pa, pb) = (structure.units[Int(a.0)].isPlatform, structure.units[Int(b.0)].isPlatform)
                return pa != pb ? pa : a.0 < b.0
            }
            for (target, delay) in ordered {
                peerTarget.append(target); peerDelay.append(delay)
            }
            for (target, delay) in skips[index].sorted(by: { $0.0 < $1.0 }) {
                skipTarget.append(target); skipDelay.append(delay)
            }
            records.append(UnitRecord(
                superior: hierarchy.superior[index], level: hierarchy.level[index], staff: Int32(clamping: unit.staff),
                authority: Self.authority(of: index, unit, hierarchy, policy),
                jurisdiction: hierarchy.jurisdiction[index], service: Sampler(unit.service),
                uplinkDelay: uplink[index], fidelity: unit.fidelity, errorRate: unit.errorRate,
                peerStart: peerStart, peerEnd: Int32(peerTarget.count),
                skipStart: skipStart, skipEnd: Int32(skipTarget.count),
                dottedSuperior: dotted[index].0, dottedDelay: dotted[index].1,
                isExternal: unit.isPlatform || frontLineSet.contains(Int32(index)),
                frontLinePosition: position[index],
                department: Int16(unit.department ?? -1), isPlatform: unit.isPlatform))
        }
        self.units = records
        self.peerTarget = peerTarget
        self.peerDelay = peerDelay
        self.skipTarget = skipTarget
        self.skipDelay = skipDelay
        self.frontLine = ContiguousArray(hierarchy.frontLine)
        self.departmentFrontLine = departmentFrontLine
        self.levers = levers
    }

    /// The front-line unit of `department` that stands where `unit` stands in its own department
    /// (its opposite number), or -1 when the department has no front line.
    public func counterpart(of unit: Int32, in department: Int) -> Int32 {
        let offices = departmentFrontLine[department]
        guard !offices.isEmpty else { return -1 }
        let position = max(Int(units[Int(unit)].frontLinePosition), 0)
        return offices[position % offices.count]
    }

    /// Authority: the unit's own if set, else the policy's for its level, else its height plus the
    /// policy's delegation. A top unit decides everything: there is no one left to ask.
    static func authority(of index: Int, _ unit: Unit, _ hierarchy: Hierarchy, _ policy: Policy) -> Int32 {
        if hierarchy.superior[index] < 0 { return unit.isPlatform ? -1 : .max }
        if let own = unit.authority { return Int32(clamping: own) }
        let level = Int(hierarchy.level[index])
        if let byLevel = policy.authorityByLevel, byLevel.indices.contains(level) { return Int32(clamping: byLevel[level]) }
        return Int32(clamping: hierarchy.height(index) + policy.delegation)
    }

    static func isAncestor(_ candidate: Int, of unit: Int, _ hierarchy: Hierarchy) -> Bool {
        var current = Int(hierarchy.superior[unit])
        while current >= 0 {
            if current == candidate { return true }
            current = Int(hierarchy.superior[current])
        }
        return false
    }

    public var unitCount: Int { units.count }
    public var levelCount: Int { hierarchy.maxLevel + 1 }
}

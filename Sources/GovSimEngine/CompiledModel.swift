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
    /// This unit's peers are `peerTarget[peerStart..<peerEnd]`; likewise its skip-level superiors.
    public let peerStart, peerEnd, skipStart, skipEnd: Int32
}

/// A structure and a policy flattened into arrays indexed by unit: what one simulation runs on.
///
/// Built once per variant and shared read-only by every replication.
public struct CompiledModel: Sendable {
    public let structure: Structure
    public let policy: Policy
    public let hierarchy: Hierarchy
    public let units: ContiguousArray<UnitRecord>
    public let peerTarget: ContiguousArray<Int32>
    public let peerDelay: ContiguousArray<Sampler>
    public let skipTarget: ContiguousArray<Int32>
    public let skipDelay: ContiguousArray<Sampler>
    public let frontLine: ContiguousArray<Int32>

    public init(structure: Structure, policy: Policy) throws(StructureError) {
        let hierarchy = try Hierarchy(structure)
        self.structure = structure
        self.policy = policy
        self.hierarchy = hierarchy
        let count = structure.units.count

        var peers = [[(Int32, Sampler)]](repeating: [], count: count)
        var skips = [[(Int32, Sampler)]](repeating: [], count: count)
        var uplink = [Sampler](repeating: Sampler(.zero), count: count)
        for link in structure.links {
            let sampler = Sampler(link.delay)
            switch link.kind {
            case .reportsTo: uplink[link.from] = sampler
            case .peer:
                peers[link.from].append((Int32(link.to), sampler))
                peers[link.to].append((Int32(link.from), sampler))
            case .skipLevel:
                // Only a line to one's own chain of superiors is a skip-level line.
                if Self.isAncestor(link.to, of: link.from, hierarchy) { skips[link.from].append((Int32(link.to), sampler)) }
            case .dottedLine: break
            }
        }
        var records = ContiguousArray<UnitRecord>()
        records.reserveCapacity(count)
        var peerTarget = ContiguousArray<Int32>(), peerDelay = ContiguousArray<Sampler>()
        var skipTarget = ContiguousArray<Int32>(), skipDelay = ContiguousArray<Sampler>()
        for index in 0..<count {
            let unit = structure.units[index]
            let peerStart = Int32(peerTarget.count), skipStart = Int32(skipTarget.count)
            for (target, delay) in peers[index].sorted(by: { $0.0 < $1.0 }) {
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
                skipStart: skipStart, skipEnd: Int32(skipTarget.count)))
        }
        self.units = records
        self.peerTarget = peerTarget
        self.peerDelay = peerDelay
        self.skipTarget = skipTarget
        self.skipDelay = skipDelay
        self.frontLine = ContiguousArray(hierarchy.frontLine)
    }

    /// Authority: the unit's own if set, else the policy's for its level, else its height plus the
    /// policy's delegation. A top unit decides everything: there is no one left to ask.
    static func authority(of index: Int, _ unit: Unit, _ hierarchy: Hierarchy, _ policy: Policy) -> Int32 {
        if hierarchy.superior[index] < 0 { return .max }
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

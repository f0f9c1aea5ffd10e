import Foundation
import GovSimEngine
import GovSimModel

/// Checks that need more than one part of the file: the version, references between the parts,
/// and sizes too large to attempt. Each runs after the parts it compares have been read.
extension ScenarioDecoder {
    /// Reads `format`; nil when the file is newer than this build and should not be read further.
    func decodeFormat(_ fields: inout FieldReader) -> Int? {
        let current = Scenario.currentFormat
        guard let value = fields.value("format") else {
            log.error("format", "is missing; add \"format\": \(current) as the first member (the version of the scenario format)")
            return current
        }
        guard case .number(let number) = value, number == number.rounded(), number >= 1, number < 1e9 else {
            log.error("format", "expected the format version, an integer (this govsim reads \(current)), got \(value.shortDescription)")
            return current
        }
        guard Int(number) <= current else {
            log.error("format", "this file is format \(Int(number)); this govsim reads format \(current) (upgrade govsim)")
            return nil
        }
        return Int(number)
    }

    /// What the checks need to know of a variant's hierarchy.
    struct Shape {
        var levels: Int
        var frontLine: Int
    }

    /// The shape of each variant whose structure forms a hierarchy (the others were reported).
    static func shapes(_ variants: [Variant]) -> [String: Shape] {
        var shapes: [String: Shape] = [:]
        for variant in variants {
            if let hierarchy = try? Hierarchy(variant.structure) {
                shapes[variant.name] = Shape(levels: hierarchy.maxLevel + 1, frontLine: hierarchy.frontLine.count)
            }
        }
        return shapes
    }

    /// Policies, case types and shocks checked against the structures and the run length.
    func checkReferences(_ variantEntries: [VariantEntry], workload: Workload, variants: [Variant], shapes: [String: Shape],
                         length: RunLength, replications: Int) {
        var entries: [String: VariantEntry] = [:]
        for entry in variantEntries where entries[entry.name] == nil { entries[entry.name] = entry }
        let maxClass = workload.caseTypes.map(\.decisionClass).max() ?? 0
        for variant in variants {
            guard let entry = entries[variant.name] else { continue }
            checkPolicy(variant.policy, raw: entry.policy, path: "\(entry.path).policy", variant: variant.name,
                        levels: shapes[variant.name]?.levels, maxClass: maxClass)
        }
        checkDepartments(workload, variants: variants)
        checkShocks(workload, length: length)
        checkWork(workload, variants: variants, shapes: shapes, length: length, replications: replications)
    }

    /// Delegation beyond the highest case class changes nothing, and authority for levels a
    /// structure does not have is never used: both are mistakes worth naming.
    private func checkPolicy(_ policy: Policy, raw: JSONValue?, path: String, variant: String, levels: Int?, maxClass: Int) {
        if raw?["delegation"] != nil, policy.delegation > maxClass {
            log.error("\(path).delegation", "expected an integer from 0 to \(maxClass), got \(policy.delegation) "
                + "(\(maxClass) is the highest case class; more delegation changes nothing)")
        }
        if let byLevel = policy.authorityByLevel, let levels, byLevel.count > levels {
            log.error("\(path).authority_by_level", "has \(byLevel.count) entries, but variant \"\(variant)\" has \(levels) levels; "
                + "give at most one per level, top first")
        }
    }

    /// A case cannot need more departments than a structure has.
    private func checkDepartments(_ workload: Workload, variants: [Variant]) {
        for (index, type) in workload.caseTypes.enumerated() where type.otherDepartments > 0 {
            let path = "workload.case_types[\(index)].other_departments"
            if let bare = variants.first(where: { $0.structure.departments.isEmpty }) {
                log.warning(path, "variant \"\(bare.name)\" has no departments, so this has no effect there; "
                    + "list \"departments\" in its structure")
            }
            let fewest = variants.filter { !$0.structure.departments.isEmpty }.min { $0.structure.departments.count < $1.structure.departments.count }
            if let fewest, case let count = fewest.structure.departments.count, type.otherDepartments >= count {
                log.error(path, "expected at most \(count - 1) (variant \"\(fewest.name)\" has \(count) departments: "
                    + "the case's own and \(count - 1) other\(count == 2 ? "" : "s")), got \(type.otherDepartments)")
            }
        }
    }

    /// Total shock cases every replication schedules up front.
    static let maxShockCases = 10_000_000

    private func checkShocks(_ workload: Workload, length: RunLength) {
        for (index, shock) in workload.shocks.enumerated() {
            let path = "workload.shocks[\(index)]"
            let horizon = FieldReader.format(length.horizon)
            if shock.time >= length.horizon {
                log.error("\(path).time", "expected a time before the horizon (\(horizon)), got \(FieldReader.format(shock.time)): "
                    + "the shock would never happen")
            } else if shock.time + shock.duration > length.horizon {
                log.warning("\(path).duration", "the shock lasts past the horizon (\(horizon)); its cases after that never arrive")
            }
        }
        let total = workload.shocks.reduce(0) { $0 + $1.cases }
        if total > Self.maxShockCases {
            log.error("workload.shocks", "bring \(total) cases in all (about \(Self.gib(Double(total) * 24)) GiB of scheduled "
                + "events); at most \(Self.maxShockCases) are supported")
        }
    }

    /// Cases simulated in all, beyond which a run takes hours: a warning with the estimate.
    static let manyCases = 2e9

    private func checkWork(_ workload: Workload, variants: [Variant], shapes: [String: Shape], length: RunLength, replications: Int) {
        let cases = Scenario.estimatedCases(workload, variants: variants, horizon: length.horizon, replications: replications) {
            shapes[$0.name]?.frontLine ?? 1
        }
        if !(cases <= limits.maxCases) {
            log.error("horizon", "about \(Self.scientific(cases)) cases to simulate (arrival rate x horizon x replications, over "
                + "\(variants.count == 1 ? "1 variant" : "\(variants.count) variants")); the limit is \(Self.scientific(limits.maxCases)): lower the horizon, the replications "
                + "or the arrival rate, or raise the limit with --max-cases")
        } else if cases > Self.manyCases {
            log.warning("", "about \(Self.scientific(cases)) cases to simulate (arrival rate x horizon x replications, over "
                + "\(variants.count) variants); this will run for hours: lower the horizon, the replications or the arrival rate")
        }
    }

    /// A listed structure's reports-to lines must end at a top: a cycle is named unit by unit, at
    /// the `reports_to` of its first unit in the file. Several tops are legal but usually an
    /// oversight, so they get a warning. False when there is a cycle.
    func checkReportsTo(_ units: [GovSimModel.Unit], _ links: [Link], paths: [Int: String], structurePath: String) -> Bool {
        guard Set(units.map(\.name)).count == units.count else { return false }   // duplicate names were reported
        var superior = [Int](repeating: -1, count: units.count)
        for link in links where link.kind == .reportsTo && units.indices.contains(link.from) && units.indices.contains(link.to) {
            if superior[link.from] < 0 { superior[link.from] = link.to }
        }
        var state = [UInt8](repeating: 0, count: units.count)   // 0 unseen, 1 on the current walk, 2 done
        var acyclic = true
        for start in units.indices where state[start] == 0 {
            var walk: [Int] = []
            var unit = start
            while unit >= 0, state[unit] == 0 {
                state[unit] = 1
                walk.append(unit)
                unit = superior[unit]
            }
            if unit >= 0, state[unit] == 1, let from = walk.firstIndex(of: unit) {
                acyclic = false
                let cycle = Array(walk[from...])
                let first = cycle.min() ?? unit
                let path = paths[first] ?? structurePath
                log.error(path, Self.describeCycle(cycle, startingAt: first, units: units))
            }
            for member in walk { state[member] = 2 }
        }
        // A platform reports to no one; a reports_to that names nothing was reported already.
        let tops = units.indices.filter { superior[$0] < 0 && !units[$0].isPlatform && paths[$0] == nil }
        if acyclic, tops.count > 1, units.count > 1 {
            let names = tops.prefix(3).map { "\"\(units[$0].name)\"" }.joined(separator: ", ") + (tops.count > 3 ? ", ..." : "")
            log.warning("\(structurePath).units", "\(tops.count) units report to no one (\(names)): the structure has "
                + "\(tops.count) tops, each deciding everything beneath it; give all but one a reports_to")
        }
        return acyclic
    }

    static func describeCycle(_ cycle: [Int], startingAt first: Int, units: [GovSimModel.Unit]) -> String {
        guard cycle.count > 1 else {
            return "\"\(units[first].name)\" reports to itself; name its superior, or leave reports_to out for the top"
        }
        let offset = cycle.firstIndex(of: first) ?? 0
        let ordered = cycle[offset...] + cycle[..<offset] + [first]
        let names = ordered.map { "\"\(units[$0].name)\"" }
        return "\(names[0]) reports to " + names.dropFirst().joined(separator: ", which reports to ")
            + ": a reports-to cycle; one of them must report to a unit outside it, or to no one (the top)"
    }

    /// Refuses, with an estimate, peer wiring too large to hold: a complete network is quadratic
    /// in the size of its level.
    func peerLinksWithinLimits(_ spans: [Int], _ peers: [PeerTopology], path: String) -> Bool {
        var size = 1.0, total = 0.0
        var worst: (level: Int, size: Double, links: Double, topology: PeerTopology)?
        for level in 0...spans.count {
            if level > 0 { size *= Double(spans[level - 1]) }
            guard level < peers.count else { break }
            let branches = level == 0 ? 1.0 : Double(spans.first ?? 1)
            let links: Double
            switch peers[level] {
            case .none: links = 0
            case .ring, .smallWorld: links = size
            case .complete: links = size * (size - 1) / 2
            case .counterparts: links = (size / branches).rounded(.down) * branches * (branches - 1) / 2
            }
            total += links
            if links > (worst?.links ?? 0) { worst = (level, size, links, peers[level]) }
        }
        guard total > Double(limits.maxLinks) else { return true }
        let hint = worst.map { " (\"\($0.topology.rawValue)\" on level \($0.level), which has \(Int($0.size)) units)" } ?? ""
        log.error(path, "would build \(Self.scientific(total)) peer links (about \(Self.gib(total * 100)) GiB)\(hint); "
            + "the limit is \(limits.maxLinks): use \"ring\", \"counterparts\" or \"small_world\" on large levels, or fewer units")
        return false
    }

    static func gib(_ bytes: Double) -> String { String(format: "%.1f", bytes / Double(1 << 30)) }
    static func scientific(_ value: Double) -> String { String(format: "%.1e", value) }
}

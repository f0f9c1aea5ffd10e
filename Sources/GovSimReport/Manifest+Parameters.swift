import Foundation
import GovSimEngine
import GovSimModel
import GovSimScenario

/// The effective parameters of a run as JSON, after every default was applied, under the
/// scenario format's own key names so a reader can match them to the file.
extension Manifest {
    static func distribution(_ distribution: Distribution) -> JSONOutput {
        switch distribution {
        case .exponential(let mean): .object([("exponential", .number(mean))])
        case .deterministic(let value): .object([("deterministic", .number(value))])
        case .lognormal(let mean, let cv): .object([("lognormal", .object([("mean", .number(mean)), ("cv", .number(cv))]))])
        }
    }

    /// Every lever of a policy, in the order the scenario format documents them.
    static func policyMembers(_ policy: Policy) -> [(String, JSONOutput)] {
        [
            ("delegation", .integer(policy.delegation)),
            ("authority_by_level", policy.authorityByLevel.map { .array($0.map { .integer($0) }) } ?? .null),
            ("peer_consultation", .bool(policy.peerConsultation)),
            ("skip_level", .bool(policy.skipLevel)),
            ("direct_reply", .bool(policy.directReply)),
            ("service_mode", .string(policy.serviceMode.rawValue)),
            ("intake", .string(policy.intake.rawValue)),
            ("trip_time", distribution(policy.tripTime)),
            ("medium", .string(policy.medium.rawValue)),
            ("paper_delay", distribution(policy.paperDelay)),
            ("paper_approval", .bool(policy.paperApproval)),
            ("buck_passing", .number(policy.buckPassing)),
            ("corruption", .number(policy.corruption)),
            ("conflict_probability", .number(policy.conflictProbability)),
            ("learning", policy.learning.map { learning in
                .object([("initial_error", .number(learning.initialError)), ("final_error", .number(learning.finalError)),
                         ("half_life", .number(learning.halfLife)), ("inspection_rate", .number(learning.inspectionRate))])
            } ?? .null),
            ("feedback", .bool(policy.feedback)),
            ("evaluation", policy.evaluation.map { .object([("interval", .number($0.interval)), ("threshold", .number($0.threshold))]) } ?? .null),
            ("leak_probability", .number(policy.leakProbability)),
            ("isolated_networks", .bool(policy.isolatedNetworks)),
            ("gateway_delay", distribution(policy.gatewayDelay)),
        ]
    }

    /// The levers of `policy` that differ from the defaults, as `key = value` text.
    static func policyChanges(_ policy: Policy) -> [String] {
        zip(policyMembers(policy), policyMembers(Policy())).compactMap { mine, standard in
            let text = mine.1.rendered().trimmingCharacters(in: .whitespacesAndNewlines)
            let compact = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            return text == standard.1.rendered().trimmingCharacters(in: .whitespacesAndNewlines) ? nil : "\(mine.0) = \(compact)"
        }
    }

    static func workload(_ workload: Workload) -> JSONOutput {
        .object([
            ("arrival_rate", .number(workload.arrivalRate)),
            ("rate_basis", .string(workload.rateBasis.rawValue)),
            ("case_types", .array(workload.caseTypes.map { type in
                .object([("name", .string(type.name)), ("share", .number(type.share)), ("class", .integer(type.decisionClass)),
                         ("other_departments", .integer(type.otherDepartments)), ("notify_top", .bool(type.notifyTop))])
            })),
            ("shocks", .array(workload.shocks.map { shock in
                .object([("time", .number(shock.time)), ("cases", .integer(shock.cases)), ("duration", .number(shock.duration)),
                         ("region", .array([.number(shock.region.lowerBound), .number(shock.region.upperBound)])),
                         ("case_type", .string(workload.caseTypes.indices.contains(shock.caseType)
                             ? workload.caseTypes[shock.caseType].name : String(shock.caseType)))])
            })),
            ("satisfaction", .object([("patience", .number(workload.satisfaction.patience)),
                                      ("trip_factor", .number(workload.satisfaction.tripFactor)),
                                      ("wrong_decision_factor", .number(workload.satisfaction.wrongDecisionFactor))])),
        ])
    }

    /// A structure of any size in a few lines: its units grouped into kinds with identical
    /// effective parameters (authority after the policy), its links grouped by kind and delay.
    static func structure(_ variant: VariantSummary) -> JSONOutput {
        struct UnitKind: Hashable {
            let level: Int32, department: Int?, staff: Int, service: Distribution, authority: Int32
            let fidelity: Double, errorRate: Double, costRate: Double, isPlatform: Bool
        }
        struct LinkKind: Hashable { let kind: Link.Kind, delay: Distribution }
        var units: [UnitKind: Int] = [:], order: [UnitKind] = []
        for (index, unit) in variant.structure.units.enumerated() {
            let kind = UnitKind(level: variant.hierarchy.level[index], department: unit.department, staff: unit.staff,
                                service: unit.service, authority: Int32(variant.authority[index]), fidelity: unit.fidelity, errorRate: unit.errorRate,
                                costRate: unit.costRate, isPlatform: unit.isPlatform)
            if units[kind] == nil { order.append(kind) }
            units[kind, default: 0] += 1
        }
        var links: [LinkKind: Int] = [:], linkOrder: [LinkKind] = []
        for link in variant.structure.links {
            let kind = LinkKind(kind: link.kind, delay: link.delay)
            if links[kind] == nil { linkOrder.append(kind) }
            links[kind, default: 0] += 1
        }
        let departments = variant.structure.departments
        return .object([
            ("departments", .array(departments.map { .string($0) })),
            ("unit_kinds", .array(order.map { kind in
                .object([("count", .integer(units[kind] ?? 0)), ("level", .integer(Int(kind.level))),
                         ("department", kind.department.flatMap { departments.indices.contains($0) ? .string(departments[$0]) : nil } ?? .null),
                         ("staff", .integer(kind.staff)), ("service", distribution(kind.service)),
                         ("authority", .integer(Int(kind.authority))), ("fidelity", .number(kind.fidelity)),
                         ("error_rate", .number(kind.errorRate)), ("cost_rate", .number(kind.costRate)),
                         ("platform", .bool(kind.isPlatform))])
            })),
            ("link_kinds", .array(linkOrder.map { kind in
                .object([("count", .integer(links[kind] ?? 0)), ("kind", .string(kind.kind.rawValue)), ("delay", distribution(kind.delay))])
            })),
        ])
    }
}

import GovSimEngine
import GovSimModel
import GovSimScenario

/// One citizen's case followed through every organisation of a run, office by office.
///
/// Replication r of every variant sees the same arrivals (common random numbers), so the k-th
/// traced case is the same request, arriving at the same moment, in every variant: the page can
/// show one case in the pyramid and in the flat organisation side by side.
struct JourneyCase {
    struct Step {
        let unit: Int
        let name: String
        let level: Int
        let department: String?
        /// When the case reached this office, counted from its arrival.
        let reached: Double
        let wait: Double
        let work: Double
    }

    struct Path {
        let variant: String
        let structure: Structure
        let steps: [Step]
        /// From arrival until the citizen was told.
        let turnaround: Double
    }

    /// The case's number among the traced cases (0 = the first after the warm-up).
    let ordinal: Int
    let replication: Int
    let paths: [Path]
    /// How the case was chosen, in a sentence.
    let reason: String

    /// The case with the median turnaround in the first variant among the traced cases that
    /// went beyond their first office there (all completed cases when none did) and were
    /// completed in every variant; nil when no case qualifies.
    init?(_ variants: [VariantSummary]) {
        guard let first = variants.first,
              let replication = first.replications.indices.first(where: { index in
                  variants.allSatisfy { $0.replications.indices.contains(index) && !$0.replications[index].journeys.isEmpty }
              })
        else { return nil }
        let byOrdinal = variants.map { variant in
            Dictionary(variant.replications[replication].journeys.map { ($0.ordinal, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let complete = first.replications[replication].journeys.filter { journey in
            byOrdinal.allSatisfy { $0[journey.ordinal].map { $0.turnaround != nil && !$0.visits.isEmpty } ?? false }
        }
        guard !complete.isEmpty else { return nil }
        let moving = complete.filter { $0.visits.count > 1 }
        let pool = (moving.isEmpty ? complete : moving).sorted { ($0.turnaround ?? 0, $0.ordinal) < ($1.turnaround ?? 0, $1.ordinal) }
        let chosen = pool[(pool.count - 1) / 2]
        ordinal = chosen.ordinal
        self.replication = replication
        paths = zip(variants, byOrdinal).compactMap { variant, journeys in
            guard let journey = journeys[chosen.ordinal] else { return nil }
            return Self.path(journey, variant: variant)
        }
        let among = moving.isEmpty ? "\(pool.count) traced cases" : "\(pool.count) traced cases that went beyond their first office there"
        reason = "Case \(chosen.ordinal + 1) of replication \(replication + 1): the median turnaround in \(first.name) among the \(among)."
    }

    private static func path(_ journey: Journey, variant: VariantSummary) -> Path {
        let structure = variant.structure, hierarchy = variant.hierarchy
        let steps = journey.visits.map { visit in
            let unit = structure.units[visit.unit]
            let department = unit.department.flatMap { structure.departments.indices.contains($0) ? structure.departments[$0] : nil }
            return Step(unit: visit.unit, name: unit.name, level: Int(hierarchy.level[visit.unit]), department: department,
                        reached: visit.arrived - journey.arrival, wait: visit.wait, work: visit.work)
        }
        return Path(variant: variant.name, structure: structure, steps: steps, turnaround: journey.turnaround ?? .nan)
    }
}

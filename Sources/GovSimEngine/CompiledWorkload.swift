import GovSimModel

/// A ``Workload`` prepared for drawing: cumulative shares, and the total rate for one structure.
/// A class, so reading it in the event loop copies no arrays.
final class CompiledWorkload: Sendable {
    let meanGap: Double
    let cumulativeShare: [Double]
    let decisionClass: [Int16]
    let otherDepartments: [Int]
    let notifyTop: [Bool]
    let satisfaction: Satisfaction

    init(_ workload: Workload, frontLineUnits: Int) {
        let rate = workload.totalRate(frontLineUnits: frontLineUnits)
        meanGap = rate > 0 ? 1 / rate : .infinity
        let total = workload.caseTypes.reduce(0) { $0 + max($1.share, 0) }
        var running = 0.0
        cumulativeShare = workload.caseTypes.map { type in
            running += max(type.share, 0)
            return total > 0 ? running / total : 1
        }
        decisionClass = workload.caseTypes.map { Int16(clamping: $0.decisionClass) }
        otherDepartments = workload.caseTypes.map { max($0.otherDepartments, 0) }
        notifyTop = workload.caseTypes.map(\.notifyTop)
        satisfaction = workload.satisfaction
    }

    /// The case type for a uniform draw `u` in [0, 1).
    func caseType(for u: Double) -> Int {
        for (index, bound) in cumulativeShare.enumerated() where u < bound { return index }
        return max(cumulativeShare.count - 1, 0)
    }
}

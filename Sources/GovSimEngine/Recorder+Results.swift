import Foundation
import GovSimModel

/// What a replication measured, summed up at the horizon: the metrics by their registered names.
extension Recorder {
    mutating func finish(inService: Int) -> ReplicationResult {
        changeInSystem(by: 0, at: length.horizon)
        let window = max(length.horizon - length.warmup, 0)
        let utilisation = (0..<model.unitCount).map { unit in
            window > 0 ? slots[unit].busyTime / (window * Double(model.kind(of: unit).staff)) : 0
        }
        var metrics = caseMetrics()
        metrics.merge(shockMetrics()) { first, _ in first }
        metrics.merge(structureMetrics(window: window, utilisation: utilisation)) { first, _ in first }
        return ReplicationResult(
            metrics: metrics, unitUtilisation: utilisation,
            unitDecisions: (0..<model.unitCount).map { Int(unitDecisions[$0]) + (decisionWraps[$0] ?? 0) << 32 },
            uplinkMessages: (0..<model.unitCount).map { Int(slots[$0].uplinkMessages) + (uplinkWraps[$0] ?? 0) << 16 },
            peerMessages: peerMessages.array, journeys: journeys, samples: samples, services: servicesStarted - inService)
    }

    private func caseMetrics() -> [String: Double] {
        let n = Double(completedCount)
        func mean(_ sum: Double) -> Double { completedCount > 0 ? sum / n : .nan }
        let percentiles = turnarounds.quantiles([0.50, 0.90, 0.99])
        var metrics = Self.named([
            .turnaroundMean: mean(sums.turnaround),
            .turnaroundP50: percentiles[0],
            .turnaroundP90: percentiles[1],
            .turnaroundP99: percentiles[2],
            .turnaroundWait: mean(sums.wait),
            .turnaroundWork: mean(sums.work),
            .turnaroundTransit: mean(sums.transit),
            .decisionTimeMean: mean(sums.decisionTime),
            .casesArrived: Double(arrived),
            .casesCompleted: n,
            .casesBacklog: Double(inSystem),
            .messagesPerCase: mean(sums.messages),
            .hopsPerCase: mean(sums.services),
            .fidelityAtDecision: mean(sums.fidelity),
            .fidelityAtFrontLine: mean(sums.answerFidelity),
            .decisionsAccuracy: mean(sums.correct),
            .tripsPerCase: mean(sums.trips),
            .turnaroundTravel: mean(sums.travel),
            .incidentsBuckPassing: mean(sums.bounces * 1000),
            .incidentsCorruption: mean(sums.incidents * 1000),
            .incidentsLeaks: mean(sums.leaks * 1000),
            .incidentsConflicts: mean(sums.conflicts * 1000),
            .satisfactionMean: mean(sums.satisfaction),
            // In a steady state the backlog neither grows nor shrinks on average: growth that is a
            // clear share of the arrivals says a queue is still building (see Stability).
            .backlogGrowth: Double(inSystem - max(midWindowBacklog, 0)) / Double(max(arrived - arrivedByMidWindow, 1)),
        ])
        let decided = Double(decisionsAtLevel.array.reduce(0, +))
        for (level, count) in decisionsAtLevel.array.enumerated() {
            metrics[Metric.PerLevel.decisions.name(level: level)] = decided > 0 ? Double(count) / decided : .nan
        }
        return metrics
    }

    /// Detection: shock start until the top learns; response: until the answers are back at the
    /// affected front line. Averaged over shocks; NaN when it never happened by the horizon.
    private func shockMetrics() -> [String: Double] {
        guard !shockTimes.isEmpty else { return [:] }
        func meanDelay(_ times: [Double]) -> Double {
            let delays = zip(times, shockTimes).map { $0 - $1 }
            return delays.contains(where: \.isNaN) ? .nan : delays.reduce(0, +) / Double(delays.count)
        }
        return Self.named([
            .shockDetection: meanDelay(shockDetected),
            .shockResponseLast: meanDelay(shockLastResponse),
            .shockResponseMean: shockCompleted > 0 ? shockTurnaroundSum / Double(shockCompleted) : .nan,
            .shockCasesCompleted: Double(shockCompleted),
        ])
    }

    private func structureMetrics(window: Double, utilisation: [Double]) -> [String: Double] {
        var busyByLevel = Array(repeating: 0.0, count: model.levelCount)
        var staffByLevel = Array(repeating: 0.0, count: model.levelCount)
        var staffCost = 0.0, staff = 0.0
        for unit in 0..<model.unitCount {
            let kind = model.kind(of: unit)
            busyByLevel[Int(kind.level)] += slots[unit].busyTime
            staffByLevel[Int(kind.level)] += Double(kind.staff)
            staff += Double(kind.staff)
            staffCost += Double(kind.staff) * kind.costRate * window
        }
        var metrics = Self.named([
            .utilisationMax: utilisation.max() ?? 0,
            .staffTotal: staff,
            .costPerCase: completedCount > 0 ? staffCost / Double(completedCount) : .nan,
            .casesInSystemMean: window > 0 ? inSystemArea / window : .nan,
            .throughput: window > 0 ? Double(completedCount) / window : .nan,
        ])
        for level in 0..<model.levelCount {
            metrics[Metric.PerLevel.wait.name(level: level)] = visitsByLevel[level] > 0
                ? waitByLevel[level] / Double(visitsByLevel[level]) : .nan
            metrics[Metric.PerLevel.utilisation.name(level: level)] = window > 0 && staffByLevel[level] > 0
                ? busyByLevel[level] / (staffByLevel[level] * window) : 0
        }
        return metrics
    }

    /// Values keyed by their registered names.
    private static func named(_ values: [Metric: Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) })
    }
}

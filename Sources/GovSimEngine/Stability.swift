import GovSimModel
import GovSimText

/// Whether a variant reaches a steady state, and why not. A unit offered as much work as its
/// staff can do (offered load >= 1) queues cases without bound: means over the cases that finished
/// then describe the run's length, not the organisation. Two signs are checked: before the run,
/// the offered load of every unit from the traffic equations; after it, whether the open cases
/// kept growing over the second half of the measured window.
public struct Stability: Sendable, Hashable {
    public enum Status: String, Sendable {
        case stable, unstable
    }

    public let status: Status
    /// Why the variant is unstable, one sentence each; empty when stable.
    public let reasons: [String]
    /// The highest offered load of any unit (nil when it could not be computed).
    public let maxOfferedLoad: Double?
    /// The name of that unit (or, without offered loads, of the busiest measured unit).
    public let unit: String?

    /// The share of a half window's arrivals that may stay open on top of the backlog at the
    /// middle before the growth counts as a sign of instability: 1%, well above what a stable
    /// queue's random walk leaves after a half window of a few hundred cases.
    public static let growthThreshold = 0.01

    public init(status: Status, reasons: [String], maxOfferedLoad: Double?, unit: String?) {
        self.status = status
        self.reasons = reasons
        self.maxOfferedLoad = maxOfferedLoad
        self.unit = unit
    }

    /// Judges a variant from the units' offered loads (nil when not computed) and its replications.
    public static func assess(structure: Structure, offeredLoad: [Double]?, replications: [ReplicationResult]) -> Stability {
        assess(structure: structure, offeredLoad: offeredLoad,
               growth: replications.map { $0.metrics[Metric.backlogGrowth.rawValue] ?? .nan },
               busiestMeasured: busiestMeasured(replications))
    }

    /// Judges a variant from the units' offered loads and each replication's `backlog.growth`
    /// (what a sweep keeps of a run).
    public static func assess(structure: Structure, offeredLoad: [Double]?, growth shares: [Double],
                              busiestMeasured: Int? = nil) -> Stability {
        var reasons: [String] = []
        var maxLoad: Double?, unit: String?
        if let offeredLoad, let (index, load) = offeredLoad.enumerated().max(by: { $0.element < $1.element }).map({ ($0.offset, $0.element) }) {
            maxLoad = load
            unit = structure.units.indices.contains(index) ? structure.units[index].name : nil
            if load >= 1 { reasons.append(saturationReason(unit: unit ?? "a unit", load: load)) }
        } else if let busiest = busiestMeasured {
            unit = structure.units.indices.contains(busiest) ? structure.units[busiest].name : nil
        }
        let growth = MetricSummary(shares)
        if isGrowing(shares) {
            reasons.append("the open cases grew by \(NumberFormat.percent(growth.mean)) of the arrivals over the second half of the measured window")
        }
        return Stability(status: reasons.isEmpty ? .stable : .unstable, reasons: reasons, maxOfferedLoad: maxLoad, unit: unit)
    }

    /// "the traffic equations offer Head office 120% of the work its staff can do".
    public static func saturationReason(unit: String, load: Double) -> String {
        "the traffic equations offer \(unit) \(NumberFormat.percent(load)) of the work its staff can do"
    }

    /// True when the replications' `backlog.growth` says the queue is still building: its mean
    /// above the threshold with the 95% interval above zero (one replication: five times the
    /// threshold, having no interval).
    public static func isGrowing(_ shares: [Double]) -> Bool {
        let growth = MetricSummary(shares)
        return growth.count >= 2 ? growth.lower > 0 && growth.mean > growthThreshold
            : (shares.first { !$0.isNaN } ?? 0) > 5 * growthThreshold
    }

    private static func busiestMeasured(_ replications: [ReplicationResult]) -> Int? {
        guard let count = replications.first?.unitUtilisation.count, count > 0 else { return nil }
        var sums = [Double](repeating: 0, count: count)
        for result in replications { for (unit, value) in result.unitUtilisation.enumerated() where unit < count { sums[unit] += value } }
        return sums.indices.max { sums[$0] < sums[$1] }
    }
}

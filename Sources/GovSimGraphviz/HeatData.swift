import GovSimText
import GovSimModel

/// The loads of one run folded onto the chart's boxes: each box's mean, the traffic on each line,
/// and where the bottleneck is.
struct HeatData {
    let metric: HeatMetric
    /// Mean of the metric over each box's units.
    let boxValue: [Double]
    /// Highest value of one unit in each box.
    let boxMax: [Double]
    /// Messages over the reporting lines into each box (summed over its units).
    let uplink: [Double]
    /// Messages between boxes over peer links.
    let peer: [LinkSummary.Pair: Double]
    /// The largest value any box mean reaches: the scale of relative metrics.
    let scale: Double
    let widestFlow: Double
    let bottleneckBox: Int?
    let bottleneckUnit: Int?
    /// The utilisation from which the busiest office is marked as the bottleneck: at 70% an
    /// M/M/1 office's queue already holds 2.3 cases on average and its wait is 2.3 services, the
    /// range where queueing texts (and a class) start to call a station congested.
    static let bottleneckThreshold = 0.7

    init(loads: UnitLoads, metric: HeatMetric, structure: Structure, tree: ChartTree, scale: Double? = nil) {
        self.metric = metric
        let values = loads.values(metric, structure: structure)
        func value(_ unit: Int) -> Double { unit < values.count && values[unit].isFinite ? values[unit] : 0 }
        boxValue = tree.boxes.map { box in box.units.reduce(0) { $0 + value($1) } / Double(box.units.count) }
        boxMax = tree.boxes.map { box in box.units.map(value).max() ?? 0 }
        uplink = tree.boxes.map { box in
            box.units.reduce(0) { $0 + ($1 < loads.uplinkMessages.count ? loads.uplinkMessages[$1] : 0) }
        }
        var peer: [LinkSummary.Pair: Double] = [:]
        for (pair, messages) in loads.orderedPeerMessages where pair.high < tree.boxOfUnit.count {
            let a = tree.boxOfUnit[pair.low], b = tree.boxOfUnit[pair.high]
            if a >= 0, b >= 0, a != b { peer[LinkSummary.Pair(a, b), default: 0] += messages }
        }
        self.peer = peer
        self.scale = scale ?? max(boxValue.max() ?? 0, 1e-12)
        widestFlow = max(uplink.max() ?? 0, peer.values.max() ?? 0)
        // The bottleneck is the busiest unit (utilisation.max), whatever colours the chart, once it
        // is busy enough to hold cases up: an office busy 8% of the time is no bottleneck.
        let busiest = loads.utilisation.indices.max { loads.utilisation[$0] < loads.utilisation[$1] }
        bottleneckUnit = busiest.flatMap { loads.utilisation[$0] >= Self.bottleneckThreshold ? $0 : nil }
        bottleneckBox = bottleneckUnit.flatMap { $0 < tree.boxOfUnit.count ? tree.boxOfUnit[$0] : nil }
    }

    /// Where a value falls on the colour scale (0...1).
    func share(_ value: Double) -> Double { metric.isAbsolute ? value : value / scale }

    /// Line width for a number of messages: area-like (square root), 1 to `widest` points.
    func penWidth(_ messages: Double, widest: Double = 9) -> Double {
        guard widestFlow > 0, messages > 0 else { return 1 }
        return 1 + (widest - 1) * (messages / widestFlow).squareRoot()
    }

    /// The heat line of a box's label: "busy 73% (max 91%)".
    func describe(box: Int, group: Bool) -> String {
        let mean = boxValue[box], top = boxMax[box]
        switch metric {
        case .utilisation:
            return group ? "busy \(NumberFormat.percent(mean)) on average, max \(NumberFormat.percent(top))"
                : "busy \(NumberFormat.percent(mean))"
        case .decisions:
            return group ? "\(NumberFormat.short(mean)) decisions each" : "\(NumberFormat.short(mean)) decisions"
        case .traffic:
            return group ? "\(NumberFormat.short(mean)) messages each" : "\(NumberFormat.short(mean)) messages"
        }
    }
}

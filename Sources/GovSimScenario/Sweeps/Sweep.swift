import Foundation
import GovSimEngine

/// A parameter sweep: a grid of points over numeric parameters of a scenario, each point run
/// with the scenario's replications of every variant.
///
/// The grid is the product of its dimensions, the first varying slowest. A dimension is one
/// parameter with its values, or a list of points over several parameters that move together
/// (`levels` 3 with `span` 16, `levels` 5 with `span` 4).
public struct Sweep: Sendable, Equatable {
    public struct Dimension: Sendable, Equatable {
        public var paths: [ParameterPath]
        /// `rows[i][j]`: the value of `paths[j]` in the dimension's i-th step.
        public var rows: [[Double]]

        public init(paths: [ParameterPath], rows: [[Double]]) {
            self.paths = paths
            self.rows = rows
        }

        public init(path: ParameterPath, values: [Double]) {
            self.init(paths: [path], rows: values.map { [$0] })
        }
    }

    public var dimensions: [Dimension]
    /// The metrics charted and held to `--until-ci`'s precision.
    public var metrics: [String]
    /// The parameter on the charts' horizontal axis (default: the first parameter swept on its own).
    public var x: ParameterPath?

    /// Points a sweep may have: beyond this a typo in a range (`0:1000:0.001`) is more likely than intent.
    public static let maxPoints = 100_000
    public static let defaultMetrics = [Metric.turnaroundMean.rawValue]

    public init(dimensions: [Dimension] = [], metrics: [String] = Sweep.defaultMetrics, x: ParameterPath? = nil) {
        self.dimensions = dimensions
        self.metrics = metrics
        self.x = x
    }

    /// Every swept parameter, in column order.
    public var parameters: [ParameterPath] { dimensions.flatMap(\.paths) }

    public var pointCount: Int { dimensions.reduce(1) { $0 * $1.rows.count } }

    /// The values of every parameter at each point, in grid order (first dimension slowest).
    public func points() -> [[Double]] {
        var points: [[Double]] = [[]]
        for dimension in dimensions {
            points = points.flatMap { prefix in dimension.rows.map { prefix + $0 } }
        }
        return dimensions.isEmpty ? [] : points
    }

    /// The chart's horizontal axis, as an index into ``parameters``.
    public var xIndex: Int {
        if let x, let index = parameters.firstIndex(of: x) { return index }
        let single = dimensions.firstIndex { $0.paths.count == 1 }
        guard let single else { return 0 }
        return dimensions[..<single].reduce(0) { $0 + $1.paths.count }
    }

    /// Sets one parameter's values: replaces them when the parameter is already a dimension of its
    /// own, adds a dimension otherwise (the command line's `--param`).
    public mutating func set(_ path: ParameterPath, values: [Double]) throws(SweepError) {
        if let index = dimensions.firstIndex(where: { $0.paths == [path] }) {
            dimensions[index] = Dimension(path: path, values: values)
        } else if dimensions.contains(where: { $0.paths.contains(path) }) {
            throw SweepError("\(path): is part of the scenario's list of sweep points, so it cannot be set on its own; edit the points in the file")
        } else {
            dimensions.append(Dimension(path: path, values: values))
        }
    }

    // MARK: - Values

    /// Reads `from:to:step` (both ends included) or `a,b,c` or a single number.
    public static func values(_ text: String) throws(SweepError) -> [Double] {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 3 {
            guard let from = Double(parts[0]), let to = Double(parts[1]), let step = Double(parts[2]) else {
                throw SweepError("\"\(text)\": expected FROM:TO:STEP with three numbers, like 0.5:2.0:0.25")
            }
            return try range(from: from, to: to, step: step, written: text)
        }
        guard parts.count == 1 else { throw SweepError("\"\(text)\": expected FROM:TO:STEP or a comma-separated list of numbers") }
        var values: [Double] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard let value = Double(trimmed), value.isFinite else {
                throw SweepError("\"\(text)\": \"\(trimmed)\" is not a number; expected FROM:TO:STEP or a list like 2,3,4")
            }
            values.append(value)
        }
        return try distinct(values, written: text)
    }

    /// `from, from + step, ...` up to `to` (included when the steps land on it, within rounding).
    public static func range(from: Double, to: Double, step: Double, written: String) throws(SweepError) -> [Double] {
        guard from.isFinite, to.isFinite, step.isFinite, step > 0 else {
            throw SweepError("\"\(written)\": the step must be a positive number")
        }
        guard to >= from else { throw SweepError("\"\(written)\": FROM must not exceed TO") }
        let steps = ((to - from) / step * (1 + 1e-12)).rounded(.down)
        guard steps < Double(maxPoints) else {
            // steps can exceed Int.max (1:1e36:0.25): format it, never convert it.
            throw SweepError("\"\(written)\": \(steps < 1e15 ? FieldReader.format(steps + 1) : String(format: "about %.1e", steps)) values; at most \(maxPoints) points in a sweep")
        }
        // Multiplying, not adding, keeps 0.1 steps from drifting; 12 significant digits drop the
        // binary noise (0.30000000000000004 becomes 0.3) so values print as written.
        return (0...Int(steps)).map { clean(from + Double($0) * step) }
    }

    static func clean(_ value: Double) -> Double { Double(String(format: "%.12g", value)) ?? value }

    static func distinct(_ values: [Double], written: String) throws(SweepError) -> [Double] {
        guard !values.isEmpty else { throw SweepError("\"\(written)\": no values") }
        var seen = Set<Double>()
        for value in values where !seen.insert(value).inserted {
            throw SweepError("\"\(written)\": \(FieldReader.format(value)) is listed twice")
        }
        return values
    }
}

import Foundation
import GovSimEngine
import GovSimModel

/// A sweep ready to run: the scenario of every point, decoded from the scenario's document with
/// the point's values set in it, and the seed of every point.
public struct SweepPlan: Sendable {
    public let sweep: Sweep
    /// The scenario of each point, seeded with ``pointSeed(_:point:)``.
    public let scenarios: [Scenario]
    public let definition: SweepDefinition

    /// Plans the sweep of a scenario loaded from a file (`base`, loaded without errors), from the
    /// document it was decoded from: the file is read once.
    /// - Parameters:
    ///   - parameters: `--param` settings, added to the file's sweep or replacing its values.
    ///   - metrics: the metrics to chart, replacing the file's.
    public init(base: Scenario, parameters: [(ParameterPath, [Double])] = [], metrics: [String]? = nil,
                overrides: RunOverrides = RunOverrides(), precision: SweepPrecision? = nil,
                limits: ScenarioLoader.Limits = .standard) throws(SweepError) {
        guard let document = base.document else { throw SweepError("\(base.file): a scenario built in code has no document to sweep") }
        try self.init(document: document, base: base, parameters: parameters, metrics: metrics,
                      overrides: overrides, precision: precision, limits: limits)
    }

    /// Plans the sweep of a parsed scenario document.
    public init(document: JSONValue, base: Scenario, parameters: [(ParameterPath, [Double])] = [], metrics: [String]? = nil,
                overrides: RunOverrides = RunOverrides(), precision: SweepPrecision? = nil,
                limits: ScenarioLoader.Limits = .standard) throws(SweepError) {
        var sweep: Sweep
        if let declared = base.sweep, base.document != nil {
            sweep = declared   // decoded with the scenario: the file's sweep is not read twice
        } else {
            let log = ProblemLog(file: base.file)
            sweep = ScenarioDecoder(log: log, limits: limits).decodeSweep(document["sweep"], path: "sweep", root: document) ?? Sweep()
            if let problem = log.problems.first(where: { $0.severity == .error }) { throw SweepError(problem.description) }
        }
        for (path, values) in parameters {
            do { _ = try path.resolve(in: document) } catch { throw SweepError(error.description, origin: .commandLine) }
            do { try sweep.set(path, values: values) } catch { throw SweepError(error.message, origin: .commandLine) }
        }
        if let metrics {
            for metric in metrics {
                if let unknown = MetricRegistry.unknownNameMessage(metric) { throw SweepError("--metric: \(unknown)", origin: .commandLine) }
            }
            sweep.metrics = metrics
        }
        guard !sweep.dimensions.isEmpty else {
            throw SweepError("\(base.file) declares no sweep; add --param PATH=VALUES (for example --param workload.arrival_rate=0.5:2:0.5)")
        }
        guard sweep.pointCount <= Sweep.maxPoints else { throw SweepError("\(sweep.pointCount) points; at most \(Sweep.maxPoints)") }
        let seed = overrides.seed ?? base.seed
        let points = sweep.points()
        var scenarios: [Scenario] = []
        for (index, values) in points.enumerated() {
            var scenario = try Self.scenario(document, sweep: sweep, point: index, values: values, file: base.file, limits: limits,
                                             typed: parameters.map(\.0))
            scenario.replications = base.replications
            overrides.apply(to: &scenario)
            scenario.seed = Self.pointSeed(seed, point: index)
            if scenario.variants.map(\.name) != base.variants.map(\.name) {
                throw SweepError("point \(index): the variants changed; a sweep may only change numbers")
            }
            scenarios.append(scenario)
        }
        self.sweep = sweep
        self.scenarios = scenarios
        let length = scenarios.first?.length ?? base.length
        definition = SweepDefinition(
            scenario: base.name, title: base.title, timeUnit: base.timeUnit,
            digest: Self.digest(document, length: length), seed: seed,
            parameters: sweep.parameters.map(\.description), x: sweep.xIndex, points: points,
            seeds: scenarios.map(\.seed), variants: base.variants.map(\.name), metrics: sweep.metrics,
            replications: overrides.replications ?? base.replications, precision: precision, claims: base.claims)
    }

    /// The seed of point `point`'s replications: derived from the scenario seed and the point's
    /// index only, never from the order of execution, so a point gives the same numbers alone, in
    /// a grid, on one thread or many, in one process or a shard on another machine. Every variant
    /// of a point shares it (common random numbers). Kept below 2^63 so that `govsim run --seed`
    /// with the point's values reproduces any row.
    public static func pointSeed(_ seed: UInt64, point: Int) -> UInt64 {
        SplitMix64.streamSeed(seed: seed, replication: UInt64(point), stream: 0x53_5745_4550) & UInt64(Int64.max)
    }

    /// The scenario at one point: every parameter set in the document, which is then decoded as a
    /// file would be, so a value the format rejects gets the same message.
    /// `typed` are the parameters given on the command line: a mistake in them is a usage error.
    static func scenario(_ document: JSONValue, sweep: Sweep, point: Int, values: [Double], file: String,
                         limits: ScenarioLoader.Limits, typed: [ParameterPath] = []) throws(SweepError) -> Scenario {
        var document = document
        var swept: [(parameter: ParameterPath, concrete: [String])] = []
        for (parameter, value) in zip(sweep.parameters, values) {
            do {
                swept.append((parameter, try parameter.resolve(in: document).map(\.path)))
                document = try parameter.setting(.number(value), in: document)
            } catch {
                throw SweepError(error.description, origin: typed.contains(parameter) ? .commandLine : .scenario)
            }
        }
        let log = ProblemLog(file: file)
        let scenario = ScenarioDecoder(log: log, limits: limits).decodeScenario(document, file: file)
        for (parameter, concrete) in swept {
            if let unknown = log.problems.first(where: { $0.severity == .warning && concrete.contains($0.path) && $0.message.hasPrefix("unknown key") }) {
                let hint = unknown.message.range(of: "did you mean").map { "; " + unknown.message[$0.lowerBound...] } ?? ""
                throw SweepError("\(parameter): \(unknown.path) names nothing the scenario format reads\(hint)",
                                 origin: typed.contains(parameter) ? .commandLine : .scenario)
            }
        }
        let where_ = zip(sweep.parameters, values).map { "\($0) = \(FieldReader.format($1))" }.joined(separator: ", ")
        if let error = log.problems.first(where: { $0.severity == .error }) {
            let location = error.path.isEmpty ? "" : "\(error.path): "
            throw SweepError("point \(point) (\(where_)): \(location)\(error.message)")
        }
        guard let scenario else { throw SweepError("point \(point) (\(where_)): the scenario cannot be read") }
        return scenario
    }

    /// FNV-1a over a canonical rendering of the document and the run length.
    static func digest(_ document: JSONValue, length: RunLength) -> String {
        var text = ""
        canonical(document, into: &text)
        text += "|\(length.horizon)|\(length.warmup)|\(length.cooldown)"
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func canonical(_ value: JSONValue, into text: inout String) {
        switch value {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .number(let number): text += "\(number)"
        case .string(let string): text += "\"\(string.unicodeScalars.map { $0 == "\"" || $0 == "\\" ? "\\\($0)" : "\($0)" }.joined())\""
        case .array(let items):
            text += "["
            for (index, item) in items.enumerated() { if index > 0 { text += "," }; canonical(item, into: &text) }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += "," }
                canonical(.string(member.key), into: &text)
                text += ":"
                canonical(member.value, into: &text)
            }
            text += "}"
        }
    }
}

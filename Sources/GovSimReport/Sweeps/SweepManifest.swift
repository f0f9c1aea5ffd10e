import GovSimScenario

/// `sweep.json` (and each shard's `K-of-N.json`): what the sweep is, how far it got, and which
/// metrics hit the replication cap. A resumed run and `govsim merge` read the definition back
/// from it, so merging needs no scenario file.
public enum SweepManifest {
    public struct Contents: Sendable {
        public let definition: SweepDefinition
        public let complete: Bool
        /// `K/N` for a shard's manifest.
        public let shard: String?
    }

    public static func render(_ definition: SweepDefinition, results: SweepResults, complete: Bool, shard: String? = nil) -> String {
        let points: [JSONOutput] = definition.points.indices.map { point in
            .object([
                ("point", .integer(point)),
                ("seed", .string(String(definition.seeds[point]))),
                ("values", .object(zip(definition.parameters, definition.points[point]).map { ($0, .number($1)) })),
                ("replications", .integer(results.replications(of: point).count)),
            ])
        }
        let capped: [JSONOutput] = definition.points.indices.flatMap { point in
            results.capped(point: point, definition: definition).map { entry in
                JSONOutput.object([("point", .integer(point)), ("variant", .string(definition.variants[entry.variant])),
                                   ("metric", .string(entry.metric))])
            }
        }
        var members: [(String, JSONOutput)] = [
            ("scenario", .string(definition.scenario)),
            ("title", .string(definition.title)),
            ("time_unit", .string(definition.timeUnit)),
            ("digest", .string(definition.digest)),
            ("seed", .string(String(definition.seed))),
            ("replications", .integer(definition.replications)),
            ("until_ci", definition.precision.map { .number($0.relative) } ?? .null),
            ("max_replications", definition.precision.map { .integer($0.maxReplications) } ?? .null),
            ("parameters", .array(definition.parameters.map { .string($0) })),
            ("x", .string(definition.parameters[definition.x])),
            ("variants", .array(definition.variants.map { .string($0) })),
            ("metrics", .array(definition.metrics.map { .string($0) })),
            ("claims", .array(definition.claims.map(claim))),
            ("complete", .bool(complete)),
        ]
        if let shard { members.append(("shard", .string(shard))) }
        members += [("capped", .array(capped)), ("points", .array(points))]
        return JSONOutput.object(members).rendered()
    }

    /// What a sweep needs of a claim to judge it without the scenario file (`govsim merge`).
    private static func claim(_ claim: Claim) -> JSONOutput {
        .object([("id", .string(claim.id)), ("expect", .string(claim.expect.description)), ("basis", .string(claim.basis.rawValue)),
                 ("min_effect", .number(claim.minEffect)), ("not_testable", claim.notTestable.map { .string($0) } ?? .null)])
    }

    /// The claims of a manifest; a manifest of an earlier version has none.
    private static func claims(_ value: JSONValue?) -> [Claim] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { item in
            guard case .string(let id)? = item["id"], case .string(let expect)? = item["expect"],
                  let comparison = Claim.Comparison.parse(expect) else { return nil }
            let basis: Claim.Basis = if case .string(let text)? = item["basis"], let basis = Claim.Basis(rawValue: text) { basis } else { .interpretation }
            let minEffect: Double = if case .number(let value)? = item["min_effect"] { value } else { Claim.defaultMinEffect }
            let notTestable: String? = if case .string(let text)? = item["not_testable"] { text } else { nil }
            return Claim(id: id, text: "", source: nil, expect: comparison, expectedVerdict: nil, basis: basis, minEffect: minEffect,
                         notTestable: notTestable)
        }
    }

    /// Reads a manifest written by ``render(_:results:complete:shard:)``.
    public static func read(_ text: String, file: String) throws(SweepFileError) -> Contents {
        func fail(_ message: String) -> SweepFileError { SweepFileError(file: file, line: 1, message: message) }
        var parser = JSONParser(Array(text.utf8))
        let root: JSONValue
        do { root = try parser.parse() } catch { throw SweepFileError(file: file, line: error.line, message: error.message) }
        func string(_ key: String) throws(SweepFileError) -> String {
            guard case .string(let value)? = root[key] else { throw fail("\"\(key)\" is missing or not a string") }
            return value
        }
        func strings(_ key: String) throws(SweepFileError) -> [String] {
            guard case .array(let items)? = root[key] else { throw fail("\"\(key)\" is missing or not a list") }
            return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        }
        func integer(_ value: JSONValue?) -> Int? {
            guard case .number(let number)? = value, number == number.rounded(), abs(number) < 1e15 else { return nil }
            return Int(number)
        }
        let parameters = try strings("parameters")
        guard let seed = UInt64(try string("seed")), let replications = integer(root["replications"]),
              let x = parameters.firstIndex(of: try string("x")),
              case .array(let pointItems)? = root["points"], case .bool(let complete)? = root["complete"] else {
            throw fail("is not a sweep manifest (seed, replications, x, points or complete missing)")
        }
        var points: [[Double]] = []
        for item in pointItems {
            let values = parameters.map { name -> Double? in if case .number(let value)? = item["values"]?[name] { value } else { nil } }
            guard values.allSatisfy({ $0 != nil }) else { throw fail("point \(points.count) lacks a parameter's value") }
            points.append(values.map { $0 ?? .nan })
        }
        var precision: SweepPrecision?
        if case .number(let relative)? = root["until_ci"], let cap = integer(root["max_replications"]) {
            precision = SweepPrecision(relative: relative, maxReplications: cap)
        }
        let definition = SweepDefinition(
            scenario: try string("scenario"), title: try string("title"), timeUnit: try string("time_unit"),
            digest: try string("digest"), seed: seed, parameters: parameters, x: x, points: points,
            seeds: points.indices.map { SweepPlan.pointSeed(seed, point: $0) }, variants: try strings("variants"),
            metrics: try strings("metrics"), replications: replications, precision: precision, claims: claims(root["claims"]))
        let shard: String? = if case .string(let text)? = root["shard"] { text } else { nil }
        return Contents(definition: definition, complete: complete, shard: shard)
    }
}

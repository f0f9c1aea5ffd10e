import GovSimEngine
import GovSimModel

/// Turns a parsed scenario document into a ``Scenario``, logging every problem with its path.
struct ScenarioDecoder {
    let log: ProblemLog
    let limits: ScenarioLoader.Limits

    func decodeScenario(_ root: JSONValue, file: String) -> Scenario? {
        guard var fields = FieldReader(root, path: "", log: log) else { return nil }
        // The version comes first: a newer file should say so, not fail field by field.
        guard let format = decodeFormat(&fields) else { return nil }
        _ = fields.value("$schema")   // where an editor finds scenarios/schema.json
        let name = fields.string("name", hint: "a name: lowercase letters, digits and '-' (\"my-scenario\")") ?? ""
        if !name.isEmpty, !Self.isIdentifier(name) {
            log.error("name", "expected lowercase letters, digits and '-' (it names the output folder), got \"\(name)\"")
        }
        let title = fields.string("title", default: name)
        let narrative = fields.string("narrative", default: "")
        let timeUnit = fields.string("time_unit", default: Scenario.defaultTimeUnit)
        let sources = decodeSources(fields.array("sources"), path: "sources")
        let questions = decodeQuestions(fields.array("questions"), path: "questions")
        let horizon = fields.number("horizon", default: Scenario.defaultHorizon, in: 0...1e12, exclusiveLower: true)
        let standardLength = RunLength(horizon: horizon)
        let warmup = fields.number("warmup", default: standardLength.warmup, in: 0...1e12)
        let cooldown = fields.number("cooldown", default: standardLength.cooldown, in: 0...1e12)
        if warmup + cooldown >= horizon { log.error("warmup", "warmup (\(FieldReader.format(warmup))) plus cooldown must be less than the horizon (\(FieldReader.format(horizon)))") }
        let replications = fields.integer("replications", default: Scenario.defaultReplications, in: 1...100_000)
        let seed = fields.integer("seed", default: Scenario.defaultSeed, in: 0...Int(Int32.max) * 1024)
        let workload = decodeWorkload(fields.value("workload"), path: "workload")
        let (variants, entries) = decodeVariants(fields.array("variants", required: true), path: "variants")
        let shapes = Self.shapes(variants)
        let length = RunLength(horizon: horizon, warmup: warmup, cooldown: cooldown)
        if let workload {
            checkReferences(entries, workload: workload, variants: variants, shapes: shapes, length: length, replications: replications)
        }
        let claims = decodeClaims(fields.array("claims"), path: "claims", variants: variants, sources: sources,
                                  declared: entries.map(\.name), workload: workload, shapes: shapes)
        let sweep = decodeSweep(fields.value("sweep"), path: "sweep", root: root)   // run by `govsim sweep`
        fields.warnUnknownKeys()
        guard let workload else { return nil }
        var scenario = Scenario(
            format: format, name: name, title: title, narrative: narrative, timeUnit: timeUnit,
            sources: sources, claims: claims, questions: questions, length: length,
            replications: replications, seed: UInt64(seed), workload: workload, variants: variants, file: file)
        scenario.sweep = sweep
        for entry in entries where !entry.description.isEmpty && scenario.variantDescriptions[entry.name] == nil {
            scenario.variantDescriptions[entry.name] = entry.description
        }
        return scenario
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        } && !text.hasPrefix("-")
    }

    // MARK: - Teaching material

    func decodeSources(_ items: [JSONValue]?, path: String) -> [Scenario.Source] {
        (items ?? []).enumerated().compactMap { index, item in
            guard var fields = FieldReader(item, path: "\(path)[\(index)]", log: log) else { return nil }
            let file = fields.string("file") ?? ""
            let translation = fields.string("translation", default: "")
            let source = Scenario.Source(
                id: fields.string("id", default: file), file: file,
                quote: fields.string("quote", hint: "the passage, in the document's own language") ?? "",
                translation: translation.isEmpty ? nil : translation)
            fields.warnUnknownKeys()
            return source
        }
    }

    func decodeQuestions(_ items: [JSONValue]?, path: String) -> [Scenario.Question] {
        (items ?? []).enumerated().compactMap { index, item in
            let itemPath = "\(path)[\(index)]"
            guard var fields = FieldReader(item, path: itemPath, log: log) else { return nil }
            let kindText = fields.string("kind", default: Scenario.Question.defaultKind.rawValue)
            let kind = Scenario.Question.Kind(rawValue: kindText)
            if kind == nil { log.error("\(itemPath).kind", "expected \"predict\" or \"discuss\", got \"\(kindText)\"") }
            let text = fields.string("text") ?? ""
            let answer = fields.string("answer", default: "")
            fields.warnUnknownKeys()
            return Scenario.Question(kind: kind ?? Scenario.Question.defaultKind, text: text, answer: answer.isEmpty ? nil : answer)
        }
    }

    // MARK: - Workload

    func decodeWorkload(_ value: JSONValue?, path: String) -> Workload? {
        guard var fields = FieldReader(value, path: path, log: log) else { return nil }
        let rate = fields.number("arrival_rate", default: nil, in: 0...1e9, exclusiveLower: true) ?? 1
        let standard = Workload(arrivalRate: rate)
        let basisText = fields.string("rate_basis", default: standard.rateBasis.rawValue)
        let basis = Workload.RateBasis(rawValue: basisText)
        if basis == nil { log.error(fields.child("rate_basis"), "expected \"total\" or \"per_front_line_unit\", got \"\(basisText)\"") }
        var types: [CaseType] = []
        if let items = fields.array("case_types") {
            if items.isEmpty { log.error(fields.child("case_types"), "is empty; list at least one case type, or leave it out for one routine type") }
            if items.count > 1000 { log.error(fields.child("case_types"), "has \(items.count) case types; at most 1000 are supported") }
            for (index, item) in items.prefix(1000).enumerated() {
                if let type = decodeCaseType(item, path: "\(fields.child("case_types"))[\(index)]") { types.append(type) }
            }
        } else {
            types = standard.caseTypes
        }
        let shocks = (fields.array("shocks") ?? []).enumerated().compactMap { index, item in
            decodeShock(item, path: "\(fields.child("shocks"))[\(index)]", caseTypes: types)
        }
        var workload = Workload(arrivalRate: rate, rateBasis: basis ?? standard.rateBasis, caseTypes: types, shocks: shocks)
        workload.satisfaction = decodeSatisfaction(fields.value("satisfaction"), path: fields.child("satisfaction"))
        fields.warnUnknownKeys()
        return workload
    }

    func decodeCaseType(_ value: JSONValue, path: String) -> CaseType? {
        guard var fields = FieldReader(value, path: path, log: log) else { return nil }
        let standard = CaseType(name: fields.string("name") ?? "")
        let type = CaseType(
            name: standard.name,
            share: fields.number("share", default: standard.share, in: 0...1e9, exclusiveLower: true),
            decisionClass: fields.integer("class", default: standard.decisionClass, in: 0...1000),
            otherDepartments: fields.integer("other_departments", default: standard.otherDepartments, in: 0...63),
            notifyTop: fields.bool("notify_top", default: standard.notifyTop))
        fields.warnUnknownKeys()
        return type
    }

    func decodeShock(_ value: JSONValue, path: String, caseTypes: [CaseType]) -> Shock? {
        guard var fields = FieldReader(value, path: path, log: log) else { return nil }
        defer { fields.warnUnknownKeys() }
        let time = fields.number("time", default: nil, in: 0...1e12)
        let cases = fields.integer("cases", default: nil, in: 1...1_000_000)
        let standard = Shock(time: 0, cases: 1, caseType: 0)
        let duration = fields.number("duration", default: standard.duration, in: 0...1e12)
        var region = standard.region
        if let items = fields.array("region") {
            let bounds = items.enumerated().compactMap { FieldReader.number($1, at: "\(path).region[\($0)]", in: 0...1, log: log) }
            if items.count != 2 || bounds.count == 2 && bounds[0] >= bounds[1] {
                log.error("\(path).region", "expected [from, to] with 0 <= from < to <= 1 (fractions of the front line)")
            } else if bounds.count == 2 {
                region = bounds[0]...bounds[1]
            }
        }
        let typeName = fields.string("case_type") ?? ""
        let type = caseTypes.firstIndex { $0.name == typeName }
        if type == nil, !typeName.isEmpty {
            let names = caseTypes.map { "\"\($0.name)\"" }.joined(separator: ", ")
            log.error("\(path).case_type", "no case type is named \"\(typeName)\"; the case types are \(names)")
        }
        guard let time, let cases, let type else { return nil }
        return Shock(time: time, cases: cases, duration: duration, region: region, caseType: type)
    }

    // MARK: - Variants

    /// Each variant as the file wrote it, read once while decoding: its name, where it stands
    /// (`variants[1]`), its raw policy (for the checks that compare parts) and its description.
    struct VariantEntry {
        let name: String
        let path: String
        let policy: JSONValue?
        let description: String
    }

    func decodeVariants(_ items: [JSONValue]?, path: String) -> (variants: [Variant], entries: [VariantEntry]) {
        guard let items else { return ([], []) }
        if items.isEmpty { log.error(path, "is empty; add at least one variant (two to compare)") }
        var specs: [(name: String, spec: StructureSpec?, policy: Policy, path: String)] = []
        var entries: [VariantEntry] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            guard var fields = FieldReader(item, path: itemPath, log: log) else { continue }
            let name = fields.string("name") ?? ""
            if !name.isEmpty, !Self.isVariantName(name) {
                log.error("\(itemPath).name", "expected letters, digits, '-' or '_' (claims write variant.metric), got \"\(name)\"")
            } else if specs.contains(where: { $0.name == name }) {
                log.error("\(itemPath).name", "another variant is already named \"\(name)\"; names must be unique")
            }
            let description: String = fields.string("description", default: "")
            let spec = decodeStructureSpec(fields.value("structure"), path: "\(itemPath).structure")
            let rawPolicy = fields.value("policy")
            let policy = decodePolicy(rawPolicy, path: "\(itemPath).policy")
            fields.warnUnknownKeys()
            specs.append((name, spec, policy, itemPath))
            if case .string? = item["name"] {
                entries.append(VariantEntry(name: name, path: itemPath, policy: rawPolicy, description: description))
            }
        }
        let variants = specs.compactMap { entry -> Variant? in
            guard let spec = entry.spec,
                  let structure = build(spec, path: "\(entry.path).structure", siblings: specs.map { ($0.name, $0.spec) })
            else { return nil }
            return Variant(name: entry.name, structure: structure, policy: entry.policy)
        }
        return (variants, entries)
    }

    static func isVariantName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}

import GovSimModel

extension ScenarioDecoder {
    /// `{"exponential": 2}`, `{"deterministic": 0.5}`, `{"lognormal": {"mean": 2, "cv": 0.5}}`, or a number.
    func distribution(_ value: JSONValue?, path: String) -> Distribution? {
        guard let value else { return nil }
        let hint = "expected a number or {\"exponential\": mean}, {\"deterministic\": value}, {\"lognormal\": {\"mean\": m, \"cv\": c}}"
        if case .number = value {
            return FieldReader.number(value, at: path, in: 0...1e9, log: log).map { .deterministic($0) }
        }
        guard case .object(let members) = value, members.count == 1, let (kind, parameter) = members.first else {
            log.error(path, "\(hint), got \(value.shortDescription)")
            return nil
        }
        switch kind {
        case "exponential":
            return FieldReader.number(parameter, at: "\(path).exponential", in: 0...1e9, log: log).map { .exponential(mean: $0) }
        case "deterministic":
            return FieldReader.number(parameter, at: "\(path).deterministic", in: 0...1e9, log: log).map { .deterministic($0) }
        case "lognormal":
            guard var fields = FieldReader(parameter, path: "\(path).lognormal", log: log) else { return nil }
            let mean = fields.number("mean", default: nil, in: 0...1e9)
            let cv = fields.number("cv", default: nil, in: 0...100)
            fields.warnUnknownKeys()
            guard let mean, let cv else { return nil }
            return .lognormal(mean: mean, cv: cv)
        default:
            log.error(path, "\(hint), got the key \"\(kind)\"")
            return nil
        }
    }

    /// A value for each level: one value for all, or an array with one entry per level (top first).
    func perLevel<T>(_ fields: inout FieldReader, _ key: String, levels: Int, default fallback: T,
                     read: (JSONValue, String) -> T?) -> [T] {
        let path = fields.child(key)
        guard let value = fields.value(key) else { return Array(repeating: fallback, count: levels) }
        guard case .array(let items) = value else {
            return Array(repeating: read(value, path) ?? fallback, count: levels)
        }
        if items.count != levels {
            log.error(path, "expected one value for all levels or \(levels) values (one per level, top first), got \(items.count)")
        }
        return (0..<levels).map { level in
            level < items.count ? (read(items[level], "\(path)[\(level)]") ?? fallback) : fallback
        }
    }

    static func defaultLevelName(_ level: Int, of levels: Int) -> String {
        if levels == 1 { return "Office" }
        if level == 0 { return "Head office" }
        return level == levels - 1 ? "Front office" : "Level \(level) office"
    }

    func levelProfiles(_ fields: inout FieldReader, levels: Int) -> [LevelProfile] {
        let log = self.log
        let names = perLevel(&fields, "level_names", levels: levels, default: "") { value, path in
            guard case .string(let text) = value else { log.error(path, "expected a string, got \(value.kindName)"); return nil }
            return text
        }
        let standard = UnitAttributes.standard
        let services = perLevel(&fields, "service", levels: levels, default: standard.service) { distribution($0, path: $1) }
        let staff = perLevel(&fields, "staff", levels: levels, default: standard.staff) { FieldReader.integer($0, at: $1, in: 1...1_000_000, log: log) }
        let fidelity = perLevel(&fields, "fidelity", levels: levels, default: standard.fidelity) { FieldReader.number($0, at: $1, in: 0...1, log: log) }
        let errors = perLevel(&fields, "error_rate", levels: levels, default: standard.errorRate) { FieldReader.number($0, at: $1, in: 0...1, log: log) }
        let costs = perLevel(&fields, "cost_rate", levels: levels, default: standard.costRate) { FieldReader.number($0, at: $1, in: 0...1e9, log: log) }
        return (0..<levels).map { level in
            LevelProfile(name: names[level].isEmpty ? Self.defaultLevelName(level, of: levels) : names[level],
                         staff: staff[level], service: services[level], fidelity: fidelity[level],
                         errorRate: errors[level], costRate: costs[level])
        }
    }

    /// A structure listed unit by unit, with links by unit name.
    func decodeExplicit(_ fields: inout FieldReader) -> StructureSpec? {
        let unitsPath = fields.child("units")
        let items = fields.array("units", required: true) ?? []
        if items.isEmpty { log.error(unitsPath, "is empty; list at least one unit") }
        if items.count > limits.maxUnits { log.error(unitsPath, "lists \(items.count) units; the limit is \(limits.maxUnits)"); return nil }
        var departments = fields.strings("departments") ?? []
        checkDepartments(departments, path: fields.child("departments"))
        let listedDepartments = !departments.isEmpty
        var units: [Unit] = [], superiors: [(unit: Int, name: String, path: String)] = []
        var index = [String: Int]()
        for (position, item) in items.enumerated() {
            let path = "\(unitsPath)[\(position)]"
            guard var unitFields = FieldReader(item, path: path, log: log) else { continue }
            let name = unitFields.string("name") ?? ""
            if index[name] != nil { log.error("\(path).name", "another unit is already named \"\(name)\"; names must be unique") }
            index[name] = units.count
            var unit = Unit(name: name)   // the standard unit's attributes, until the file says otherwise
            let department = unitFields.string("department", default: "")
            if !department.isEmpty {
                if let found = departments.firstIndex(of: department) {
                    unit.department = found
                } else if listedDepartments || departments.count >= Hierarchy.maxDepartments {
                    log.error("\(path).department", "\"\(department)\" is not among the structure's departments")
                } else {
                    departments.append(department)
                    unit.department = departments.count - 1
                }
            }
            unit.staff = unitFields.integer("staff", default: unit.staff, in: 1...1_000_000)
            unit.service = distribution(unitFields.value("service"), path: "\(path).service") ?? unit.service
            let authority = unitFields.integer("authority", default: -1, in: -1...1000)   // -1: none of its own
            unit.authority = authority >= 0 ? authority : nil
            unit.fidelity = unitFields.number("fidelity", default: unit.fidelity, in: 0...1)
            unit.errorRate = unitFields.number("error_rate", default: unit.errorRate, in: 0...1)
            unit.costRate = unitFields.number("cost_rate", default: unit.costRate, in: 0...1e9)
            unit.isPlatform = unitFields.bool("platform", default: unit.isPlatform)
            let superior = unitFields.string("reports_to", default: "")
            if !superior.isEmpty {
                superiors.append((units.count, superior, "\(path).reports_to"))
            }
            unitFields.warnUnknownKeys()
            units.append(unit)
        }
        let reportDelay = distribution(fields.value("report_delay"), path: fields.child("report_delay")) ?? .zero
        var links: [Link] = []
        for entry in superiors {
            guard let target = index[entry.name] else {
                log.error(entry.path, "no unit is named \"\(entry.name)\"")
                continue
            }
            links.append(Link(.reportsTo, from: entry.unit, to: target, delay: reportDelay))
        }
        links += decodeLinks(fields.array("links") ?? [], path: fields.child("links"), index: index)
        let reportsToPaths = Dictionary(superiors.map { ($0.unit, $0.path) }, uniquingKeysWith: { first, _ in first })
        guard checkReportsTo(units, links, paths: reportsToPaths, structurePath: fields.path) else { return nil }
        return .ready(Structure(units: units, links: links, departments: departments))
    }

    private func decodeLinks(_ items: [JSONValue], path: String, index: [String: Int]) -> [Link] {
        let kinds = Link.Kind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        return items.enumerated().compactMap { position, item in
            let itemPath = "\(path)[\(position)]"
            guard var fields = FieldReader(item, path: itemPath, log: log) else { return nil }
            defer { fields.warnUnknownKeys() }
            let kindText = fields.string("kind", default: Link.defaultKind.rawValue)
            let kind = Link.Kind(rawValue: kindText)
            if kind == nil { log.error("\(itemPath).kind", "expected one of \(kinds), got \"\(kindText)\"") }
            let ends = ["from", "to"].map { key -> Int? in
                guard let name = fields.string(key) else { return nil }
                guard let unit = index[name] else { log.error("\(itemPath).\(key)", "no unit is named \"\(name)\""); return nil }
                return unit
            }
            let delay = distribution(fields.value("delay"), path: "\(itemPath).delay") ?? .zero
            guard let kind, let from = ends[0], let to = ends[1] else { return nil }
            if from == to { log.error(itemPath, "links a unit to itself"); return nil }
            return Link(kind, from: from, to: to, delay: delay)
        }
    }
}

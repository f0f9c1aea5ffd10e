import GovSimModel

extension ScenarioDecoder {
    static let generators = ["pyramid", "flat", "tree"]

    func decodeStructureSpec(_ value: JSONValue?, path: String) -> StructureSpec? {
        guard var fields = FieldReader(value, path: path, log: log) else { return nil }
        defer { fields.warnUnknownKeys() }
        if fields.value("units") != nil { return decodeExplicit(&fields) }
        let generator = fields.string("generator", hint: "\"generator\": \"pyramid\", \"flat\" or \"tree\", or list the \"units\"") ?? ""
        let departments = fields.strings("departments") ?? []
        checkDepartments(departments, path: fields.child("departments"))
        let reportDelay = distribution(fields.value("report_delay"), path: fields.child("report_delay")) ?? .zero
        switch generator {
        case "pyramid":
            let levels = fields.integer("levels", default: nil, in: 1...40) ?? 1
            let span = fields.integer("span", default: nil, in: 1...1_000_000) ?? 1
            let spans = Array(repeating: span, count: levels - 1)
            guard withinLimits(spans, path: path) else { return nil }
            let profiles = levelProfiles(&fields, levels: levels)
            let platform = decodePlatform(fields.value("platform"), path: fields.child("platform"))
            return withPlatform(.tree(spans: spans, profiles: profiles, departments: departments, reportDelay: reportDelay),
                                platform, path: path)
        case "tree":
            let spans = (fields.array("spans", required: true) ?? []).enumerated().map { index, item in
                FieldReader.integer(item, at: "\(fields.child("spans"))[\(index)]", in: 1...1_000_000, log: log) ?? 1
            }
            guard spans.count <= 39, withinLimits(spans, path: path) else {
                if spans.count > 39 { log.error(fields.child("spans"), "has \(spans.count) entries; at most 39 levels below the top") }
                return nil
            }
            let peers = peerTopologies(&fields, levels: spans.count + 1)
            guard peerLinksWithinLimits(spans, peers, path: path) else { return nil }
            let profiles = levelProfiles(&fields, levels: spans.count + 1)
            let tree = Structure.tree(spans: spans, profiles: profiles, departments: departments, reportDelay: reportDelay,
                                      peers: peers,
                                      peerDelay: distribution(fields.value("peer_delay"), path: fields.child("peer_delay")) ?? .zero,
                                      shortcuts: fields.integer("shortcuts", default: Structure.defaultShortcuts, in: 0...1_000_000))
            return withPlatform(tree, decodePlatform(fields.value("platform"), path: fields.child("platform")), path: path)
        case "flat":
            let levels = fields.integer("levels", default: StructureSpec.FlatSpec.defaultLevels, in: 2...6)
            let span = fields.integer("span", default: 0, in: 0...1_000_000)   // 0: none given
            let sameHeadcountAs = fields.string("same_headcount_as", default: "")
            let flat = StructureSpec.FlatSpec(
                levels: levels,
                teams: fields.integer("teams", default: max(departments.count, 1), in: 1...1_000_000),
                span: span > 0 ? span : nil,
                sameHeadcountAs: sameHeadcountAs.isEmpty ? nil : sameHeadcountAs,
                peers: peerTopologies(&fields, levels: levels),
                shortcuts: fields.integer("shortcuts", default: Structure.defaultShortcuts, in: 0...1_000_000),
                profiles: levelProfiles(&fields, levels: levels),
                departments: departments, reportDelay: reportDelay,
                peerDelay: distribution(fields.value("peer_delay"), path: fields.child("peer_delay")) ?? .zero,
                platform: decodePlatform(fields.value("platform"), path: fields.child("platform")))
            if flat.span == nil, flat.sameHeadcountAs == nil {
                log.error(path, "a flat structure needs \"span\" or \"same_headcount_as\" (the name of the variant to match)")
            }
            return .flat(flat)
        default:
            let expected = Self.generators.map { "\"\($0)\"" }.joined(separator: ", ")
            if !generator.isEmpty { log.error(fields.child("generator"), "expected one of \(expected), got \"\(generator)\"") }
            fields.markAllAsked()   // which keys belong depends on the generator
            return nil
        }
    }

    /// Builds a spec; a flat one sized after a sibling takes that sibling's units and headcount.
    func build(_ spec: StructureSpec, path: String, siblings: [(name: String, spec: StructureSpec?)]) -> Structure? {
        switch spec {
        case .ready(let structure):
            return checked(structure, path: path)
        case .flat(let flat):
            var spans: [Int]
            var headcount = 0
            if let target = flat.sameHeadcountAs {
                guard let sibling = siblings.first(where: { $0.name == target }) else {
                    log.error("\(path).same_headcount_as", "no variant is named \"\(target)\"")
                    return nil
                }
                guard let siblingSpec = sibling.spec else { return nil }   // its own error was reported
                guard case .ready(let other) = siblingSpec else {
                    log.error("\(path).same_headcount_as", "variant \"\(target)\" must have a pyramid, tree or listed structure to be matched")
                    return nil
                }
                spans = Structure.flatSpans(unitCount: other.units.count, levels: flat.levels, teams: flat.teams)
                headcount = other.headcount
            } else {
                let span = flat.span ?? 1
                spans = flat.levels == 2 ? [span] : [flat.teams] + Array(repeating: span, count: flat.levels - 2)
            }
            guard withinLimits(spans, path: path), peerLinksWithinLimits(spans, flat.peers, path: path) else { return nil }
            let structure = Structure.tree(
                spans: spans, profiles: flat.profiles, departments: flat.departments, reportDelay: flat.reportDelay,
                peers: flat.peers, peerDelay: flat.peerDelay, shortcuts: flat.shortcuts)
            let padded = headcount > 0 ? structure.paddedToHeadcount(headcount) : structure
            guard case .ready(let built)? = withPlatform(padded, flat.platform, path: path) else { return nil }
            return checked(built, path: path)
        }
    }

    func decodePlatform(_ value: JSONValue?, path: String) -> Structure.PlatformSpec? {
        guard var fields = FieldReader(value, path: path, log: log, required: false) else { return nil }
        defer { fields.warnUnknownKeys() }
        var spec = Structure.PlatformSpec()
        spec.name = fields.string("name", default: spec.name)
        spec.staff = fields.integer("staff", default: spec.staff, in: 1...1_000_000)
        spec.service = distribution(fields.value("service"), path: fields.child("service")) ?? spec.service
        spec.delay = distribution(fields.value("delay"), path: fields.child("delay")) ?? spec.delay
        if let items = fields.array("levels") {
            spec.levels = items.enumerated().compactMap { FieldReader.integer($1, at: "\(path).levels[\($0)]", in: 0...40, log: log) }
        }
        return spec
    }

    /// The structure with its platform, if the file asks for one.
    func withPlatform(_ structure: Structure, _ platform: Structure.PlatformSpec?, path: String) -> StructureSpec? {
        guard let platform else { return .ready(structure) }
        do {
            return .ready(try structure.addingPlatform(platform))
        } catch {
            log.error(path, error.description)
            return nil
        }
    }

    private func checked(_ structure: Structure, path: String) -> Structure? {
        do {
            _ = try Hierarchy(structure)
            return structure
        } catch {
            log.error(path, error.description)
            return nil
        }
    }

    /// Refuses, with an estimate, a structure too large to hold.
    func withinLimits(_ spans: [Int], path: String) -> Bool {
        var total = 1, levelSize = 1
        for span in spans {
            let (size, overflow) = levelSize.multipliedReportingOverflow(by: span)
            levelSize = overflow ? Int.max : size
            total = total.addingReportingOverflow(levelSize).overflow ? Int.max : total + levelSize
        }
        guard total > limits.maxUnits else { return true }
        // A run needs about 300 bytes a unit (measured: 3.4 GiB for the 11.1-million-unit benchmark).
        let gib = Double(total) * 300 / Double(1 << 30)
        let size = total == Int.max ? "more units than can be counted" : "\(total) units (about \(String(format: "%.1f", gib)) GiB)"
        log.error(path, "would build \(size); the limit is \(limits.maxUnits) units: use fewer levels or a smaller span, or raise the limit with --max-units")
        return false
    }

    func checkDepartments(_ departments: [String], path: String) {
        if departments.count > Hierarchy.maxDepartments {
            log.error(path, "has \(departments.count) departments; at most \(Hierarchy.maxDepartments) are supported")
        }
        var seen = Set<String>()
        for (index, name) in departments.enumerated() where !seen.insert(name).inserted {
            log.error("\(path)[\(index)]", "the department \"\(name)\" is listed twice")
        }
    }

    func peerTopologies(_ fields: inout FieldReader, levels: Int) -> [PeerTopology] {
        let key = "peers", path = fields.child(key)
        let expected = PeerTopology.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        func topology(_ value: JSONValue, at path: String) -> PeerTopology {
            guard case .string(let text) = value, let topology = PeerTopology(rawValue: text) else {
                log.error(path, "expected one of \(expected), got \(value.shortDescription)")
                return .none
            }
            return topology
        }
        guard let value = fields.value(key) else { return [] }
        if case .array(let items) = value {
            if items.count != levels { log.error(path, "expected \(levels) entries (one per level, top first), got \(items.count)") }
            return items.enumerated().map { topology($1, at: "\(path)[\($0)]") }
        }
        // One topology for every level below the top.
        return [.none] + Array(repeating: topology(value, at: path), count: levels - 1)
    }
}

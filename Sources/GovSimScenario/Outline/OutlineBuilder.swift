import GovSimModel

/// Expands an outline's entries (`x12` into twelve units, each with its own copy of the lines
/// below it) and resolves the links by unit name.
struct OutlineBuilder {
    let file: String
    let entries: [Outline.Entry]
    private(set) var problems: [OutlineError.Problem] = []
    private var units: [Unit] = []
    private var links: [Link] = []
    private var departments: [String] = []
    /// Units made from each entry.
    private var made: [[Int]]

    init(file: String, entries: [Outline.Entry]) {
        self.file = file
        self.entries = entries
        made = Array(repeating: [], count: entries.count)
    }

    private mutating func problem(_ line: Int, _ message: String) {
        problems.append(.init(file: file, line: line, message: message))
    }

    mutating func build() -> Structure? {
        guard let total = unitCount(), total <= Outline.maxUnits else {
            problem(0, "the outline expands to more than \(Outline.maxUnits) units; use smaller x counts")
            return nil
        }
        units.reserveCapacity(total)
        for (index, entry) in entries.enumerated() where entry.parent == nil {
            expand(index, under: nil, department: nil)
        }
        guard departments.count <= Hierarchy.maxDepartments else {
            problem(0, "the outline has \(departments.count) departments; at most \(Hierarchy.maxDepartments) are supported")
            return nil
        }
        resolveLinks()
        return problems.isEmpty ? Structure(units: units, links: links, departments: departments) : nil
    }

    /// Units the outline expands to, or nil past the limit (so `x1000` under `x1000` is refused
    /// before anything is built).
    private func unitCount() -> Int? {
        var copies = [Int](repeating: 0, count: entries.count)
        var total = 0
        for (index, entry) in entries.enumerated() {
            let above = entry.parent.map { copies[$0] } ?? 1
            let (product, overflow) = above.multipliedReportingOverflow(by: entry.count)
            guard !overflow, product <= Outline.maxUnits else { return nil }
            copies[index] = product
            total += product
            if total > Outline.maxUnits { return nil }
        }
        return total
    }

    private mutating func expand(_ index: Int, under superior: Int?, department inherited: Int?) {
        let entry = entries[index]
        var department = inherited
        if let own = entry.department { department = departmentIndex(own) }
        for _ in 0..<entry.count {
            let number = made[index].count + 1
            let name = entry.count > 1 ? "\(entry.name) \(number)" : entry.name
            let unit = units.count
            units.append(Unit(name: name, department: department, staff: entry.staff))
            made[index].append(unit)
            if let superior { links.append(Link(.reportsTo, from: unit, to: superior)) }
            for child in entry.children { expand(child, under: unit, department: department) }
        }
    }

    private mutating func departmentIndex(_ name: String) -> Int {
        if let found = departments.firstIndex(of: name) { return found }
        departments.append(name)
        return departments.count - 1
    }

    private mutating func resolveLinks() {
        var byName: [String: [Int]] = [:]
        for (index, unit) in units.enumerated() { byName[unit.name.lowercased(), default: []].append(index) }
        let superior = Dictionary(links.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
        for (index, entry) in entries.enumerated() {
            for link in entry.links {
                guard let target = resolve(link.target, line: entry.line, byName: byName) else { continue }
                for unit in made[index] {
                    guard unit != target else { problem(entry.line, "a unit cannot link to itself"); break }
                    if link.kind != .peer, let message = checkUpward(link.kind, from: unit, to: target, superior: superior) {
                        problem(entry.line, message)
                        break
                    }
                    links.append(Link(link.kind, from: unit, to: target))
                }
            }
        }
    }

    /// A dotted line must not repeat the direct superior; a skip-level line must reach a superior
    /// above it.
    private func checkUpward(_ kind: Link.Kind, from unit: Int, to target: Int, superior: [Int: Int]) -> String? {
        let name = units[target].name
        if superior[unit] == target {
            return "\"\(name)\" is already the direct superior; a \(kind == .dottedLine ? "dotted line" : "skip-level line") must go elsewhere"
        }
        guard kind == .skipLevel else { return nil }
        var current = superior[unit]
        while let next = current {
            if next == target { return nil }
            current = superior[next]
        }
        return "\"\(name)\" is not above this unit; a skip-level line (^^>) goes to a superior's superior"
    }

    private mutating func resolve(_ target: String, line: Int, byName: [String: [Int]]) -> Int? {
        let found = byName[target.lowercased()] ?? []
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            problem(line, "\(found.count) units are named \"\(target)\"; give the one you mean a name of its own")
            return nil
        }
        if let group = entries.first(where: { $0.count > 1 && $0.name.lowercased() == target.lowercased() }) {
            problem(line, "\"\(target)\" names the \(group.count) units of line \(group.line); link to one of them, like \"\(group.name) 1\"")
            return nil
        }
        let names = entries.map { $0.count > 1 ? "\($0.name) 1" : $0.name }
        let guess = names.min { editDistance($0.lowercased(), target.lowercased()) < editDistance($1.lowercased(), target.lowercased()) }
        let hint = guess.map { editDistance($0.lowercased(), target.lowercased()) <= max(3, target.count / 3) ? " (did you mean \"\($0)\"?)" : "" } ?? ""
        problem(line, "no unit is named \"\(target)\"\(hint)")
        return nil
    }
}

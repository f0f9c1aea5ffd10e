import GovSimModel

/// Reads one JSON object member by member, checking each value and recording problems instead of
/// stopping at the first; keys it was never asked about are reported as unknown (with a guess).
struct FieldReader {
    let path: String
    let members: [(key: String, value: JSONValue)]
    private(set) var asked: Set<String> = []
    let log: ProblemLog

    init?(_ value: JSONValue?, path: String, log: ProblemLog, required: Bool = true) {
        guard let value else {
            if required { log.error(path, "is missing; add an object here") }
            return nil
        }
        guard case .object(let members) = value else {
            log.error(path, "expected an object, got \(value.kindName)")
            return nil
        }
        self.path = path
        self.members = members
        self.log = log
    }

    func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    mutating func value(_ key: String) -> JSONValue? {
        asked.insert(key)
        return members.first { $0.key == key }?.value
    }

    /// Warns about every member nobody asked for, suggesting the closest known key.
    ///
    /// Keys that start with `_` are the author's comments (`"_comment": "..."`): JSON has no
    /// comments, so the format reserves these keys for them and never reads or warns about them.
    func warnUnknownKeys() {
        for (key, _) in members where !asked.contains(key) && !Self.isComment(key) {
            let guess = asked.min { editDistance($0, key) < editDistance($1, key) }
            if let guess, editDistance(guess, key) <= max(2, key.count / 3) {
                log.warning(child(key), "unknown key, ignored; did you mean \"\(guess)\"?")
            } else {
                log.warning(child(key), "unknown key, ignored")
            }
        }
    }

    /// Counts every member as asked for: when the object's kind is unknown, so is which keys belong.
    mutating func markAllAsked() { asked.formUnion(members.map(\.key)) }

    /// A key the format reserves for the author's notes.
    static func isComment(_ key: String) -> Bool { key.hasPrefix("_") }

    // MARK: - Typed members

    /// - Parameter hint: what to add when a required string is missing ("a name: ...").
    mutating func string(_ key: String, default fallback: String? = nil, hint: String = "a string") -> String? {
        guard let value = value(key) else {
            if fallback == nil { log.error(child(key), "is missing; add \(hint)") }
            return fallback
        }
        guard case .string(let text) = value else {
            log.error(child(key), "expected a string, got \(value.kindName)")
            return fallback
        }
        return text
    }

    mutating func number(_ key: String, default fallback: Double?, in range: ClosedRange<Double>,
                         exclusiveLower: Bool = false) -> Double? {
        guard let value = value(key) else {
            if fallback == nil { log.error(child(key), "is missing; add a number \(Self.describe(range, exclusiveLower))") }
            return fallback
        }
        return Self.number(value, at: child(key), in: range, exclusiveLower: exclusiveLower, log: log) ?? fallback
    }

    mutating func integer(_ key: String, default fallback: Int?, in range: ClosedRange<Int>) -> Int? {
        guard let value = value(key) else {
            if fallback == nil { log.error(child(key), "is missing; add an integer from \(range.lowerBound) to \(range.upperBound)") }
            return fallback
        }
        return Self.integer(value, at: child(key), in: range, log: log) ?? fallback
    }

    // With a default, a member always has a value: the default when it is absent, or (after the
    // problem is logged) when it is wrong.

    mutating func string(_ key: String, default fallback: String) -> String {
        string(key, default: .some(fallback)) ?? fallback
    }

    mutating func number(_ key: String, default fallback: Double, in range: ClosedRange<Double>,
                         exclusiveLower: Bool = false) -> Double {
        number(key, default: .some(fallback), in: range, exclusiveLower: exclusiveLower) ?? fallback
    }

    mutating func integer(_ key: String, default fallback: Int, in range: ClosedRange<Int>) -> Int {
        integer(key, default: .some(fallback), in: range) ?? fallback
    }

    mutating func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let value = value(key) else { return fallback }
        guard case .bool(let flag) = value else {
            log.error(child(key), "expected true or false, got \(value.shortDescription)")
            return fallback
        }
        return flag
    }

    mutating func array(_ key: String, required: Bool = false) -> [JSONValue]? {
        guard let value = value(key) else {
            if required { log.error(child(key), "is missing; add an array") }
            return nil
        }
        guard case .array(let items) = value else {
            log.error(child(key), "expected an array, got \(value.kindName)")
            return nil
        }
        return items
    }

    mutating func strings(_ key: String) -> [String]? {
        guard let items = array(key) else { return nil }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item else {
                log.error("\(child(key))[\(index)]", "expected a string, got \(item.kindName)")
                continue
            }
            result.append(text)
        }
        return result
    }

    // MARK: - Free-standing values

    /// "from 0 to 1", "above 0 and at most 1000", "of at least 2", "above 0".
    static func describe(_ range: ClosedRange<Double>, _ exclusiveLower: Bool) -> String {
        let unbounded = range.upperBound == .greatestFiniteMagnitude
        if exclusiveLower {
            let low = "above \(format(range.lowerBound))"
            return unbounded ? low : "\(low) and at most \(format(range.upperBound))"
        }
        return unbounded ? "of at least \(format(range.lowerBound))" : "from \(format(range.lowerBound)) to \(format(range.upperBound))"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    static func number(_ value: JSONValue, at path: String, in range: ClosedRange<Double>,
                       exclusiveLower: Bool = false, log: ProblemLog) -> Double? {
        guard case .number(let number) = value, number.isFinite,
              range.contains(number), !(exclusiveLower && number == range.lowerBound) else {
            log.error(path, "expected a number \(describe(range, exclusiveLower)), got \(value.shortDescription)")
            return nil
        }
        return number
    }

    static func integer(_ value: JSONValue, at path: String, in range: ClosedRange<Int>, log: ProblemLog) -> Int? {
        guard case .number(let number) = value, number == number.rounded(),
              number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            log.error(path, "expected an integer from \(range.lowerBound) to \(range.upperBound), got \(value.shortDescription)")
            return nil
        }
        return Int(number)
    }
}

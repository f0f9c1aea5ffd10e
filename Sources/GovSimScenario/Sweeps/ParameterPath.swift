/// A parameter of a scenario named by its place in the document: `workload.arrival_rate`,
/// `variants[1].policy.delegation`, `variants[*].structure.span` (`[*]`: every element).
///
/// A sweep sets parameters in the parsed document before it is decoded, so every numeric key of
/// the format can be swept and a bad value gets the same message a hand-edited file would.
public struct ParameterPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
        /// `[*]`: every element of an array.
        case all
    }

    public let components: [Component]
    /// The path as written (normalised: `a.b[2]`).
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            case .all: text += "[*]"
            }
        }
        return text
    }

    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
        public var description: String { "\(path): \(reason)" }
    }

    /// Parses `a.b[0].c` and `a[*].b`; keys are letters, digits, `_` and `-`.
    public init(_ text: String) throws(SyntaxError) {
        func fail(_ reason: String) -> SyntaxError { SyntaxError(path: text, reason: reason) }
        var components: [Component] = []
        var scanner = Substring(text)
        guard !scanner.isEmpty else { throw fail("an empty parameter path; write one like workload.arrival_rate") }
        var expectKey = true
        while !scanner.isEmpty {
            if expectKey {
                let key = scanner.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                guard !key.isEmpty else { throw fail("expected a key at \"\(scanner)\"") }
                components.append(.key(String(key)))
                scanner = scanner.dropFirst(key.count)
                expectKey = false
            } else if scanner.first == "." {
                scanner = scanner.dropFirst()
                guard !scanner.isEmpty else { throw fail("ends with '.'; a key must follow") }
                expectKey = true
            } else if scanner.first == "[" {
                guard let close = scanner.firstIndex(of: "]") else { throw fail("a '[' is not closed with ']'") }
                let inside = scanner[scanner.index(after: scanner.startIndex)..<close]
                if inside == "*" {
                    components.append(.all)
                } else if let index = Int(inside), index >= 0, inside.allSatisfy(\.isASCII) {
                    components.append(.index(index))
                } else {
                    throw fail("expected [*] or a non-negative index in brackets, got [\(inside)]")
                }
                scanner = scanner[scanner.index(after: close)...]
            } else {
                throw fail("unexpected \"\(scanner.prefix(1))\"; separate keys with '.' and write indices as [0] or [*]")
            }
        }
        self.components = components
    }

    /// The concrete paths this one names in `document` (`[*]` expanded) with the value now there
    /// (nil for a key left at its default), or why it names nothing.
    public func resolve(in document: JSONValue) throws(ParameterPathError) -> [(path: String, value: JSONValue?)] {
        var found: [(path: String, value: JSONValue?)] = []
        try Self.walk(document, components[...], prefix: "", into: &found, whole: self)
        return found
    }

    /// `document` with the value at this path (every element for `[*]`) set to `value`. A missing
    /// last key, or a missing object on the way, is added, so a parameter left at its default can
    /// be swept; the decoder then says whether the format reads it.
    public func setting(_ value: JSONValue, in document: JSONValue) throws(ParameterPathError) -> JSONValue {
        try Self.set(value, in: document, components[...], prefix: "", whole: self)
    }

    private static func walk(_ node: JSONValue, _ rest: ArraySlice<Component>, prefix: String,
                             into found: inout [(path: String, value: JSONValue?)],
                             whole: ParameterPath) throws(ParameterPathError) {
        guard let head = rest.first else { found.append((prefix, node)); return }
        let tail = rest.dropFirst()
        switch head {
        case .key(let key):
            let here = prefix.isEmpty ? key : "\(prefix).\(key)"
            guard case .object = node else { throw .notAnObject(path: whole, at: prefix, found: node) }
            if let child = node[key] {
                try walk(child, tail, prefix: here, into: &found, whole: whole)
            } else if tail.allSatisfy({ if case .key = $0 { true } else { false } }) {
                // A key the file leaves at its default: it will be added.
                found.append((([here] + tail.map { if case .key(let k) = $0 { k } else { "" } }).joined(separator: "."), nil))
            } else {
                throw .missing(path: whole, at: here)
            }
        case .index(let index):
            guard case .array(let items) = node else { throw .notAnArray(path: whole, at: prefix, found: node) }
            guard items.indices.contains(index) else { throw .noElement(path: whole, at: prefix, index: index, count: items.count) }
            try walk(items[index], tail, prefix: "\(prefix)[\(index)]", into: &found, whole: whole)
        case .all:
            guard case .array(let items) = node else { throw .notAnArray(path: whole, at: prefix, found: node) }
            guard !items.isEmpty else { throw .noElement(path: whole, at: prefix, index: nil, count: 0) }
            for (index, item) in items.enumerated() {
                try walk(item, tail, prefix: "\(prefix)[\(index)]", into: &found, whole: whole)
            }
        }
    }

    private static func set(_ value: JSONValue, in node: JSONValue, _ rest: ArraySlice<Component>, prefix: String,
                            whole: ParameterPath) throws(ParameterPathError) -> JSONValue {
        guard let head = rest.first else { return value }
        let tail = rest.dropFirst()
        switch head {
        case .key(let key):
            let here = prefix.isEmpty ? key : "\(prefix).\(key)"
            guard case .object(var members) = node else { throw .notAnObject(path: whole, at: prefix, found: node) }
            if let position = members.firstIndex(where: { $0.key == key }) {
                members[position].value = try set(value, in: members[position].value, tail, prefix: here, whole: whole)
            } else {
                guard tail.allSatisfy({ if case .key = $0 { true } else { false } }) else { throw .missing(path: whole, at: here) }
                members.append((key, try set(value, in: .object([]), tail, prefix: here, whole: whole)))
            }
            return .object(members)
        case .index(let index):
            guard case .array(var items) = node else { throw .notAnArray(path: whole, at: prefix, found: node) }
            guard items.indices.contains(index) else { throw .noElement(path: whole, at: prefix, index: index, count: items.count) }
            items[index] = try set(value, in: items[index], tail, prefix: "\(prefix)[\(index)]", whole: whole)
            return .array(items)
        case .all:
            guard case .array(var items) = node else { throw .notAnArray(path: whole, at: prefix, found: node) }
            guard !items.isEmpty else { throw .noElement(path: whole, at: prefix, index: nil, count: 0) }
            for index in items.indices {
                items[index] = try set(value, in: items[index], tail, prefix: "\(prefix)[\(index)]", whole: whole)
            }
            return .array(items)
        }
    }
}

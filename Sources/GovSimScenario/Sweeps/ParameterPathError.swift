/// A parameter path that names nothing in a document.
public enum ParameterPathError: Error, Sendable, Equatable, CustomStringConvertible {
    case noElement(path: ParameterPath, at: String, index: Int?, count: Int)
    case notAnArray(path: ParameterPath, at: String, found: JSONValue)
    case notAnObject(path: ParameterPath, at: String, found: JSONValue)
    case missing(path: ParameterPath, at: String)

    /// `variants[3].policy.delegation: no variant 3; the scenario has 2 variants`
    public var description: String {
        switch self {
        case .noElement(let path, let at, let index, let count):
            guard let index else { return "\(path): \(at) is empty; there is nothing to set" }
            guard let (one, many) = Self.nouns(at) else {
                return "\(path): no element \(index); \(at) has \(count) element\(count == 1 ? "" : "s")"
            }
            let owner = at.contains(".") || at.contains("[") ? Self.parent(at) : "the scenario"
            return "\(path): no \(one) \(index); \(owner) has \(count == 1 ? "1 \(one)" : "\(count) \(many)")"
        case .notAnArray(let path, let at, let found):
            return "\(path): \(at.isEmpty ? "the document" : at) is \(found.kindName), not an array; remove the index"
        case .notAnObject(let path, let at, let found):
            return "\(path): \(at.isEmpty ? "the document" : at) is \(found.kindName), not an object with keys"
        case .missing(let path, let at):
            return "\(path): \(at) is not in the scenario, so nothing below it can be set"
        }
    }

    /// The element noun of an array key: `variants` → (variant, variants), `case_types` → (case type, ...).
    /// Nil when the key is not a plural noun.
    static func nouns(_ at: String) -> (String, String)? {
        guard let last = at.split(separator: ".").last, !last.hasSuffix("]") else { return nil }
        let plural = last.replacingOccurrences(of: "_", with: " ")
        if plural.hasSuffix("ies") { return (String(plural.dropLast(3)) + "y", plural) }
        if plural.hasSuffix("s"), !plural.hasSuffix("ss") { return (String(plural.dropLast()), plural) }
        return nil
    }

    /// `workload.case_types` → `workload`; `variants[0].structure.spans` → `variants[0].structure`.
    static func parent(_ at: String) -> String {
        guard let dot = at.lastIndex(of: ".") else { return "the scenario" }
        return String(at[..<dot])
    }
}

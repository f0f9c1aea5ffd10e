import Foundation
import GovSimScenario

/// Just enough of JSON Schema (draft 2020-12) to hold documents to `scenarios/schema.json`.
///
/// It knows the keywords that schema uses and reports any other as a problem of the schema
/// itself, so the check cannot weaken silently when the schema grows.
struct SchemaValidator {
    let root: JSONValue

    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "default", "$defs", "examples"]
    static let assertions: Set<String> = [
        "type", "required", "properties", "patternProperties", "additionalProperties", "items", "minItems",
        "maxItems", "uniqueItems", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "pattern", "anyOf", "$ref",
    ]

    init(_ root: JSONValue) { self.root = root }

    /// Every way `value` fails the schema, as "path: problem".
    func problems(_ value: JSONValue) -> [String] {
        var found: [String] = []
        check(value, root, path: "$", &found)
        return found
    }

    private func check(_ value: JSONValue, _ schema: JSONValue, path: String, _ found: inout [String]) {
        guard case .object(let keywords) = schema else { found.append("\(path): the schema is not an object"); return }
        for (keyword, argument) in keywords {
            if Self.annotations.contains(keyword) { continue }
            guard Self.assertions.contains(keyword) else {
                found.append("\(path): the schema uses \(keyword), which this validator does not know")
                continue
            }
            apply(keyword, argument, value, schema, path: path, &found)
        }
    }

    private func apply(_ keyword: String, _ argument: JSONValue, _ value: JSONValue, _ schema: JSONValue,
                        path: String, _ found: inout [String]) {
        switch keyword {
        case "$ref":
            guard case .string(let reference) = argument, reference.hasPrefix("#/$defs/"),
                  let target = root["$defs"]?[String(reference.dropFirst(8))] else {
                found.append("\(path): unresolved $ref \(argument.shortDescription)")
                return
            }
            check(value, target, path: path, &found)
        case "type":
            let types: [String]
            switch argument {
            case .string(let one): types = [one]
            case .array(let many): types = many.compactMap { if case .string(let name) = $0 { name } else { nil } }
            default: types = []
            }
            if !types.contains(where: { Self.matches(value, type: $0) }) {
                found.append("\(path): expected \(types.joined(separator: " or ")), got \(value.kindName)")
            }
        case "enum":
            if case .array(let allowed) = argument, !allowed.contains(value) {
                found.append("\(path): \(value.shortDescription) is not one of \(allowed.map(\.shortDescription))")
            }
        case "const":
            if value != argument { found.append("\(path): expected \(argument.shortDescription), got \(value.shortDescription)") }
        case "minimum", "maximum", "exclusiveMinimum":
            guard case .number(let number) = value, case .number(let bound) = argument else { return }
            let fails = keyword == "minimum" ? number < bound : keyword == "maximum" ? number > bound : number <= bound
            if fails { found.append("\(path): \(FieldText.number(number)) fails \(keyword) \(FieldText.number(bound))") }
        case "pattern":
            guard case .string(let text) = value, case .string(let pattern) = argument else { return }
            if !Self.matches(text, pattern: pattern) { found.append("\(path): \"\(text)\" does not match \(pattern)") }
        case "anyOf":
            guard case .array(let branches) = argument else { return }
            let results = branches.map { branch -> [String] in
                var branchProblems: [String] = []
                check(value, branch, path: path, &branchProblems)
                return branchProblems
            }
            if !results.contains(where: \.isEmpty) {
                found.append("\(path): matches none of anyOf (\(results.compactMap(\.first).joined(separator: "; ")))")
            }
        default:
            if case .object = value { assertObject(keyword, argument, value, schema, path: path, &found) }
            if case .array = value { assertArray(keyword, argument, value, path: path, &found) }
        }
    }

    private func assertObject(_ keyword: String, _ argument: JSONValue, _ value: JSONValue, _ schema: JSONValue,
                              path: String, _ found: inout [String]) {
        guard case .object(let members) = value else { return }
        switch keyword {
        case "required":
            guard case .array(let names) = argument else { return }
            for case .string(let name) in names where value[name] == nil { found.append("\(path): \(name) is required") }
        case "properties":
            for (key, member) in members { if let property = argument[key] { check(member, property, path: "\(path).\(key)", &found) } }
        case "patternProperties":
            guard case .object(let patterns) = argument else { return }
            for (key, member) in members {
                for (pattern, property) in patterns where Self.matches(key, pattern: pattern) {
                    check(member, property, path: "\(path).\(key)", &found)
                }
            }
        case "additionalProperties":
            for (key, member) in members where schema["properties"]?[key] == nil && !Self.matchesPattern(key, schema) {
                if argument == .bool(false) {
                    found.append("\(path): \(key) is not allowed")
                } else if argument != .bool(true) {
                    check(member, argument, path: "\(path).\(key)", &found)
                }
            }
        default: break
        }
    }

    private func assertArray(_ keyword: String, _ argument: JSONValue, _ value: JSONValue, path: String, _ found: inout [String]) {
        guard case .array(let items) = value else { return }
        switch keyword {
        case "items":
            for (index, item) in items.enumerated() { check(item, argument, path: "\(path)[\(index)]", &found) }
        case "minItems", "maxItems":
            guard case .number(let bound) = argument else { return }
            if keyword == "minItems" ? Double(items.count) < bound : Double(items.count) > bound {
                found.append("\(path): \(items.count) items fails \(keyword) \(FieldText.number(bound))")
            }
        case "uniqueItems":
            for (index, item) in items.enumerated() where items[..<index].contains(item) {
                found.append("\(path)[\(index)]: repeats an earlier item")
            }
        default: break
        }
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .number):
            true
        case ("integer", .number(let number)): number == number.rounded()
        default: false
        }
    }

    static func matches(_ text: String, pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func matchesPattern(_ key: String, _ schema: JSONValue) -> Bool {
        guard case .object(let patterns)? = schema["patternProperties"] else { return false }
        return patterns.contains { matches(key, pattern: $0.key) }
    }
}

/// Numbers as the problems print them.
enum FieldText {
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

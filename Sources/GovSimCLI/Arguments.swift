import GovSimModel

/// A command's arguments split into positionals and `--name value` options, checked against what
/// the command accepts.
struct Arguments {
    private(set) var positional: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// - Parameters:
    ///   - valued: options that take a value (`--out DIR`; `--out=DIR` works too).
    ///   - switches: options that take none (`--quiet`).
    init(_ tokens: [String], valued: Set<String>, switches: Set<String>, command: String) throws(CLIError) {
        var index = 0
        var onlyPositional = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if onlyPositional || !token.hasPrefix("-") || token == "-" {
                positional.append(token)
                continue
            }
            if token == "--" { onlyPositional = true; continue }
            var name = token, inline: String?
            if let equals = token.firstIndex(of: "=") {
                name = String(token[..<equals])
                inline = String(token[token.index(after: equals)...])
            }
            if switches.contains(name), inline == nil {
                flags.insert(name)
            } else if valued.contains(name) {
                guard let value = inline ?? (index < tokens.count ? tokens[index] : nil) else {
                    throw .usage("govsim \(command): \(name) needs a value")
                }
                if inline == nil { index += 1 }
                values[name, default: []].append(value)
            } else {
                let known = valued.union(switches).union(["--help"])
                let guess = known.min { editDistance($0, name) < editDistance($1, name) }
                let hint = guess.map { editDistance($0, name) <= 3 ? "; did you mean \($0)?" : "" } ?? ""
                throw .usage("govsim \(command): unknown option \(name)\(hint) (see govsim \(command) --help)")
            }
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }
    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }

    func integer(_ name: String, in range: ClosedRange<Int>, command: String) throws(CLIError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw .usage("govsim \(command): \(name) expects an integer from \(range.lowerBound) to \(range.upperBound), got \"\(text)\"")
        }
        return number
    }

    func number(_ name: String, command: String) throws(CLIError) -> Double? {
        guard let text = value(name) else { return nil }
        guard let number = Double(text), number.isFinite, number > 0 else {
            throw .usage("govsim \(command): \(name) expects a positive number, got \"\(text)\"")
        }
        return number
    }
}

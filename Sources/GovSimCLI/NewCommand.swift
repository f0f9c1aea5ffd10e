import Foundation
import GovSimReport
import GovSimScenario

/// `govsim new NAME`: writes a starter scenario, commented, that validates and runs as it is.
enum NewCommand {
    static let help = """
        USAGE: govsim new NAME [--out FILE] [--force]

        Writes NAME.json, a small scenario to edit: a pyramid and a flat network with the same
        staff, one source, one claim and two questions. Members whose key starts with "_" are
        comments (JSON has no other kind); govsim ignores them. It validates and runs as written:
          govsim validate NAME.json && govsim run NAME.json

        NAME is lowercase letters, digits and '-' (it also names the output folder).

        OPTIONS:
          --out FILE    where to write (default: NAME.json in the current folder)
          --force       replace FILE if it exists
        """

    static func run(_ tokens: [String], console: Console) throws(CLIError) {
        let arguments = try Arguments(tokens, valued: ["--out"], switches: ["--force"], command: "new")
        guard arguments.positional.count == 1 else {
            throw .usage("govsim new: expected one scenario name, got \(arguments.positional.count) (see govsim new --help)")
        }
        let name = arguments.positional[0]
        guard isName(name) else {
            throw .usage("govsim new: the name must be lowercase letters, digits and '-', not starting with '-' (it names the output folder), got \"\(name)\"")
        }
        let path = arguments.value("--out") ?? "\(name).json"
        if FileManager.default.fileExists(atPath: path), !arguments.has("--force") {
            throw .usage("govsim new: \(path) exists; choose another name or --out, or add --force to replace it")
        }
        let text = StarterScenario.text(name: name)
        do { try AtomicFile.write(text, to: path) } catch { throw .runtime("govsim new: \(error.description)") }
        console.print("Wrote \(path). Edit it, then: govsim validate \(path) && govsim run \(path)")
    }

    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && !text.hasPrefix("-")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

import GovSimScenario

/// `govsim list`: the bundled scenarios, one a line.
enum ListCommand {
    static let help = """
        USAGE: govsim list

        Lists the bundled scenarios, one a line: the name to give govsim explain and govsim run,
        then the title. They are looked up, in order, in $GOVSIM_SCENARIOS, ./scenarios, and the
        scenarios folder of the checkout govsim was built in, so the names work from any folder.
        """

    static func run(_ tokens: [String], console: Console) throws(CLIError) {
        let arguments = try Arguments(tokens, valued: [], switches: [], command: "list")
        guard arguments.positional.isEmpty else {
            throw .usage("govsim list: takes no arguments, got \"\(arguments.positional[0])\" (govsim explain NAME describes one)")
        }
        let library = ScenarioLibrary.standard()
        let names = library.names()
        guard !names.isEmpty else {
            let folders = library.folders.joined(separator: ", ")
            throw .runtime("govsim list: no scenarios found in \(folders); set GOVSIM_SCENARIOS to the folder that holds them")
        }
        let width = names.map(\.count).max() ?? 0
        for name in names {
            console.print(name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + title(of: name, in: library))
        }
    }

    /// The scenario's title, or why it cannot be read (a broken file must not hide the others).
    static func title(of name: String, in library: ScenarioLibrary) -> String {
        guard let path = library.locate(name) else { return "(not found)" }
        do {
            return try ScenarioLoader.load(path: path).scenario.title
        } catch {
            let count = error.errors.count
            return "(does not load: \(count) error\(count == 1 ? "" : "s"); see govsim validate \(name))"
        }
    }
}

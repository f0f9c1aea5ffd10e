import GovSimModel
import GovSimScenario

/// Loads the scenario a command names, turning every problem into a ``CLIError`` and printing
/// warnings.
enum ScenarioInput {
    static func load(_ reference: String, command: String, console: Console,
                     limits: ScenarioLoader.Limits = .standard) throws(CLIError) -> Scenario {
        let library = ScenarioLibrary.standard()
        guard let path = library.locate(reference) else {
            let names = library.names()
            let guess = names.min { editDistance($0, reference) < editDistance($1, reference) }
            let hint = guess.map { editDistance($0, reference) <= 4 ? " Did you mean \($0)?" : "" } ?? ""
            throw .usage("govsim \(command): no scenario file or bundled scenario named \"\(reference)\".\(hint) (govsim list shows the bundled ones)")
        }
        do {
            let loaded = try ScenarioLoader.load(path: path, limits: limits)
            for warning in loaded.warnings { console.error(warning.description) }
            return loaded.scenario
        } catch {
            throw .data(error.description)
        }
    }
}

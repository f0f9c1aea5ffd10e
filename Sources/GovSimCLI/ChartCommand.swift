import Foundation
import GovSimEngine
import GovSimGraphviz
import GovSimModel
import GovSimReport
import GovSimScenario

/// `govsim chart FILE`: draws an organisation from an outline, a structure or a scenario.
enum ChartCommand {
    static let help = """
        USAGE: govsim chart FILE [options]

        Draws an organisation chart, laid out and rendered in process with Graphviz. FILE is a
        plain-text outline, a structure in JSON, a scenario file or a bundled scenario's name (its
        variants side by side).

        OUTLINE FORMAT (one unit per line; scenarios/examples/ has samples):
          title: City government          optional, before the first unit
          Mayor's office (3 staff)        indentation = reports to the line above
              Tax bureau [Tax]            [..] department, inherited by the units below
                  x12 Street office       x12 = twelve alike units, numbered 1 to 12
              Police [Security] <-> Tax bureau     <-> NAME   peer link
              Archive ..> Tax bureau               ..> NAME   dotted line: a second superior
                                                   ^^> NAME   skip-level line to a higher superior
          # a comment

        OPTIONS:
          -o, --out PATH        file to write; its extension is replaced per format
                                (default: FILE's name in the current folder)
          --format LIST         svg, png, pdf or dot, comma-separated (default: svg)
          --variant NAME        with a scenario: draw only this variant
          --title TEXT          title above the chart (default: the file's own title)
          --collapse-above N    fold alike sibling units into one box in organisations of
                                more than N units (default 60; 0 folds always)
          --engine NAME         layout engine: dot (default, keeps levels as rows), neato or fdp
        """

    static func run(_ tokens: [String], console: Console) throws(CLIError) {
        let arguments = try Arguments(tokens, valued: ["-o", "--out", "--format", "--variant", "--title", "--collapse-above", "--engine"],
                                      switches: [], command: "chart")
        guard arguments.positional.count == 1 else {
            throw .usage("govsim chart: expected one outline, structure or scenario file, got \(arguments.positional.count) (see govsim chart --help)")
        }
        let formats = try formatList(arguments.value("--format"), command: "chart")
        var options = OrgChartOptions()
        if let collapse = try arguments.integer("--collapse-above", in: 0...Int(Int32.max), command: "chart") { options.collapseAbove = collapse }
        if let name = arguments.value("--engine") {
            guard let engine = LayoutEngine(rawValue: name) else {
                throw .usage("govsim chart: --engine expects one of \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(name)\"")
            }
            options.engine = engine
        }
        let reference = arguments.positional[0]
        let path = FileManager.default.fileExists(atPath: reference) ? reference : ScenarioLibrary.standard().locate(reference)
        guard let path else { throw .usage("govsim chart: no such file or bundled scenario: \(reference)") }
        let input: ChartInput
        do { input = try ChartInput.load(path: path, displayName: reference) } catch { throw .data(error.description) }
        var structures = input.structures
        if let variant = arguments.value("--variant") {
            structures = structures.filter { $0.name == variant }
            guard !structures.isEmpty else {
                throw .usage("govsim chart: \(reference) has no variant \"\(variant)\"; it has \(input.structures.map(\.name).joined(separator: ", "))")
            }
        }
        options.title = arguments.value("--title") ?? input.title
        let graph: Graph
        do {
            graph = structures.count == 1
                ? try OrgChart.graph(structure: structures[0].structure, options: options)
                : try SideBySideChart.graph(structures.map { SideBySideChart.Panel(name: $0.name, structure: $0.structure) },
                                            title: options.title, options: options)
        } catch {
            throw .data("govsim chart: \(reference): \(error.description)")
        }
        let base = outputBase(arguments.value("-o") ?? arguments.value("--out"), input: path)
        for format in formats {
            let target = "\(base).\(format.fileExtension)"
            try write(graph, format: format, to: target, command: "chart")
            console.print("Wrote \(target)")
        }
    }

    /// `svg,png` into formats; svg when not given.
    static func formatList(_ text: String?, command: String) throws(CLIError) -> [ChartFormat] {
        guard let text else { return [.svg] }
        switch ChartFormat.list(text) {
        case .success(let formats): return formats
        case .failure(let unknown):
            throw .usage("govsim \(command): --format expects svg, png, pdf or dot (comma-separated), got \"\(unknown.name)\"")
        }
    }

    /// The output path without extension: `-o chart.svg` → `chart`; none → the input's name.
    static func outputBase(_ requested: String?, input: String) -> String {
        guard let requested else { return URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent }
        let url = URL(fileURLWithPath: requested)
        return ChartFormat(rawValue: url.pathExtension.lowercased()) != nil ? String(requested.dropLast(url.pathExtension.count + 1)) : requested
    }

    static func write(_ graph: Graph, format: ChartFormat, to path: String, command: String) throws(CLIError) {
        let data: Data
        do { data = try ChartRenderer.render(graph, format: format) } catch {
            throw .runtime("govsim \(command): \(path): \(error.description)")
        }
        do { try AtomicFile.write(data, to: path) } catch { throw .runtime("govsim \(command): \(error.description)") }
    }
}

import Foundation
import GovSimCLI
import GovSimScenario

/// A small scenario with a two-parameter sweep, a scratch folder, and the tool run in process.
enum SweepFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// Two variants on a tiny organisation: 2 levels x 3 arrival rates = 6 points; a replication
    /// takes milliseconds.
    static let scenario = """
        {
          "format": 1, "name": "tiny-sweep", "title": "Tiny <sweep> & friends",
          "horizon": 60, "warmup": 10, "replications": 3, "seed": 11,
          "workload": {"arrival_rate": 2, "case_types": [{"name": "a", "share": 3, "class": 0}, {"name": "b", "share": 1, "class": 1}]},
          "variants": [
            {"name": "pyramid", "structure": {"generator": "pyramid", "levels": 3, "span": 2, "service": {"exponential": 0.2}}},
            {"name": "flat", "structure": {"generator": "flat", "same_headcount_as": "pyramid", "levels": 2, "teams": 1,
             "service": {"exponential": 0.2}}, "policy": {"delegation": 1}}
          ],
          "sweep": {
            "parameters": {"variants[0].structure.levels": [2, 3], "workload.arrival_rate": "1:3:1"},
            "metrics": ["turnaround.mean", "utilisation.max"]
          }
        }
        """

    /// A fresh folder holding `tiny-sweep.json`; removed by the caller.
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govsim-sweep-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try scenario.write(toFile: "\(folder)/tiny-sweep.json", atomically: true, encoding: .utf8)
        return folder
    }

    static func remove(_ folder: String) { try? FileManager.default.removeItem(atPath: folder) }

    /// Runs `govsim ARGUMENTS` in process.
    static func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let output = Output()
        let console = Console(out: { output.append(out: $0) }, err: { output.append(err: $0) })
        let code = GovSimCommandLine.main(arguments, console: console)
        return (code, output.out, output.err)
    }

    /// Every file under `folder`, by relative path, with its bytes.
    static func files(_ folder: String, excluding: Set<String> = ["shards"]) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            if excluding.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isDirectory), !isDirectory.boolValue {
                found[path] = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(path)"))
            }
        }
        return found
    }

    /// The scenario and plan of the fixture (or of `file`), as `govsim sweep` would build them.
    static func plan(_ file: String, parameters: [(ParameterPath, [Double])] = [], replications: Int? = nil,
                     precision: SweepPrecision? = nil) throws -> SweepPlan {
        let base = try ScenarioLoader.load(path: file).scenario
        return try SweepPlan(base: base, parameters: parameters,
                             overrides: .init(replications: replications), precision: precision)
    }
}

final class Output: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = "", errText = ""
    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }
    func append(out text: String) { lock.withLock { outText += text } }
    func append(err text: String) { lock.withLock { errText += text } }
}

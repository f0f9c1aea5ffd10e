import Foundation
import GovSimCLI
import GovSimScenario
import GovSimTestSupport

/// A small scenario with a two-parameter sweep, a scratch folder, and the tool run in process.
enum SweepFixture {
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

    /// A fresh folder holding `tiny-sweep.json`; the caller removes it with `ScratchFolder.remove`.
    static func folder() throws -> String {
        let folder = try ScratchFolder.make("sweep")
        try scenario.write(toFile: "\(folder)/tiny-sweep.json", atomically: true, encoding: .utf8)
        return folder
    }

    /// Runs `govsim ARGUMENTS` in process.
    static func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        CapturedOutput.run { GovSimCommandLine.main(arguments, console: Console(out: $0, err: $1)) }
    }

    /// Every file of a sweep's output under `folder` but its shards (which merging leaves), by
    /// relative path, with its bytes.
    static func files(_ folder: String) throws -> [String: Data] {
        try FolderContents.data(in: folder, excluding: ["shards"])
    }

    /// The scenario and plan of the fixture (or of `file`), as `govsim sweep` would build them.
    static func plan(_ file: String, parameters: [(ParameterPath, [Double])] = [], replications: Int? = nil,
                     precision: SweepPrecision? = nil) throws -> SweepPlan {
        let base = try ScenarioLoader.load(path: file).scenario
        return try SweepPlan(base: base, parameters: parameters,
                             overrides: .init(replications: replications), precision: precision)
    }
}

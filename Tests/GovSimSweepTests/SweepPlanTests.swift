import Foundation
import GovSimEngine
import GovSimScenario
import GovSimTestSupport
import Testing

@Suite struct SweepPlanTests {
    @Test func rangesIncludeBothEndsWithoutDrift() throws {
        #expect(try Sweep.values("0.5:2.0:0.25") == [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2])
        #expect(try Sweep.values("0.1:0.3:0.1") == [0.1, 0.2, 0.3])
        #expect(try Sweep.values("2,3,4,5") == [2, 3, 4, 5])
        #expect(try Sweep.values("7") == [7])
    }

    @Test(arguments: [
        ("1:0:0.5", "sweep: \"1:0:0.5\": FROM must not exceed TO"),
        ("0:1:0", "sweep: \"0:1:0\": the step must be a positive number"),
        ("0:1", "sweep: \"0:1\": expected FROM:TO:STEP or a comma-separated list of numbers"),
        ("2,x", "sweep: \"2,x\": \"x\" is not a number; expected FROM:TO:STEP or a list like 2,3,4"),
        ("2,3,2", "sweep: \"2,3,2\": 2 is listed twice"),
        ("0:1000:0.001", "sweep: \"0:1000:0.001\": 1000001 values; at most 100000 points in a sweep"),
    ])
    func rejectsBadValues(text: String, message: String) {
        #expect(throws: SweepError.self) { try Sweep.values(text) }
        do { _ = try Sweep.values(text) } catch { #expect(error.description == message) }
    }

    @Test func gridVariesTheFirstDimensionSlowest() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let plan = try SweepFixture.plan("\(folder)/tiny-sweep.json")
        #expect(plan.definition.parameters == ["variants[0].structure.levels", "workload.arrival_rate"])
        #expect(plan.definition.points == [[2, 1], [2, 2], [2, 3], [3, 1], [3, 2], [3, 3]])
        #expect(plan.scenarios.map(\.workload.arrivalRate) == [1, 2, 3, 1, 2, 3])
        #expect(plan.scenarios.map { $0.variants[0].structure.units.count } == [3, 3, 3, 7, 7, 7])
        // Common random numbers: every variant of a point runs on the point's seed.
        #expect(Set(plan.scenarios.map(\.seed)).count == 6)
        #expect(plan.definition.seeds == (0..<6).map { SweepPlan.pointSeed(11, point: $0) })
    }

    @Test func commandLineParametersReplaceOrAdd() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let plan = try SweepFixture.plan("\(folder)/tiny-sweep.json", parameters: [
            (try ParameterPath("workload.arrival_rate"), [0.5]),
            (try ParameterPath("variants[1].policy.delegation"), [0, 1]),
        ])
        #expect(plan.definition.parameters == ["variants[0].structure.levels", "workload.arrival_rate", "variants[1].policy.delegation"])
        #expect(plan.definition.points.count == 4)
        #expect(plan.scenarios.map(\.variants[1].policy.delegation) == [0, 1, 0, 1])
    }

    @Test(arguments: [
        ("variants[3].policy.delegation", [1.0], "sweep: variants[3].policy.delegation: no variant 3; the scenario has 2 variants"),
        ("workload.arival_rate", [1.0],
         "sweep: workload.arival_rate: workload.arival_rate names nothing the scenario format reads; did you mean \"arrival_rate\"?"),
        ("variants[0].structure.levels", [2, 50],
         "sweep: point 3 (variants[0].structure.levels = 50, workload.arrival_rate = 1): variants[0].structure.levels: expected an integer from 1 to 40, got 50"),
    ])
    func explainsParametersTheScenarioCannotTake(path: String, values: [Double], message: String) throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        do {
            _ = try SweepFixture.plan("\(folder)/tiny-sweep.json", parameters: [(try ParameterPath(path), values)])
            Issue.record("expected an error")
        } catch let error as SweepError {
            #expect(error.description == message)
        }
    }

    @Test func aSweepInTheFileIsCheckedWithTheFile() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let text = SweepFixture.scenario.replacingOccurrences(of: "\"variants[0].structure.levels\": [2, 3]",
                                                              with: "\"variants[3].policy.delegation\": [0, 1]")
        #expect(throws: ScenarioLoadError.self) { try ScenarioLoader.decode(Array(text.utf8), file: "x.json") }
        do { _ = try ScenarioLoader.decode(Array(text.utf8), file: "x.json") } catch {
            #expect(error.description == "x.json: sweep.parameters: variants[3].policy.delegation: no variant 3; the scenario has 2 variants")
        }
    }

    /// A row of the sweep is the run of the scenario with the point's values and seed: the
    /// sweep adds nothing of its own to the numbers.
    @Test func aPointReproducesAsAPlainRunWithItsSeed() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let plan = try SweepFixture.plan("\(folder)/tiny-sweep.json")
        var results = SweepResults()
        #expect(try SweepRunner(plan: plan).run(&results, options: .init(threads: 2)) == .complete)
        let point = 4
        let run = try ScenarioRun(plan.scenarios[point], threads: 1)
        for (variant, result) in run.variants.enumerated() {
            for replication in 0..<3 {
                let swept = results.runs[SweepResults.Pair(point: point, replication: replication)]?[variant]
                #expect(swept?.keys.sorted() == result.replications[replication].metrics.keys.sorted())
                for (metric, value) in result.replications[replication].metrics {
                    #expect(swept?[metric] == value || value.isNaN && swept?[metric]?.isNaN == true, "\(metric)")
                }
            }
        }
    }
}

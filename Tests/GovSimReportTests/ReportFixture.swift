import Foundation
import GovSimEngine
import GovSimGraphviz
import GovSimModel
@testable import GovSimReport
import GovSimScenario
import GovSimTestSupport

/// The flagship scenario, run short, and its report written once per test process: what most
/// report tests and the browser tests look at.
enum ReportFixture {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static let scenarioPath = Repository.scenarios + "/pyramid-vs-flat.json"
    static let commandLine = ["govsim", "run", "pyramid-vs-flat", "--horizon", "400", "--replications", "3"]

    /// The variants the report tests look at: the flagship's first two. Its other variants take
    /// the flat reform apart; a two-variant run is what draws the side-by-side chart and the
    /// two-column table these tests check.
    static let variants = ["pyramid", "flat"]

    static func scenario(horizon: Double = 400, replications: Int = 3) throws -> Scenario {
        var scenario: Scenario
        do { scenario = try ScenarioLoader.load(path: scenarioPath).scenario } catch { throw Failure(description: error.description) }
        RunOverrides(replications: replications, horizon: horizon).apply(to: &scenario)
        scenario.variants = scenario.variants.filter { variants.contains($0.name) }
        scenario.claims = scenario.claims.filter { claim in
            [claim.expect.left, claim.expect.right].allSatisfy { operand in
                if case .metric(let variant, _) = operand { return variants.contains(variant) }
                return true
            }
        }
        return scenario
    }

    static func run(_ scenario: Scenario, options: RecorderOptions? = nil, threads: Int? = nil) throws -> RunSummary {
        do {
            return RunSummary(try ScenarioRun(scenario, threads: threads, options: options ?? ReportWriter.recorderOptions(for: scenario)))
        } catch {
            throw Failure(description: error.description)
        }
    }

    static func write(_ run: RunSummary, to folder: String, formats: [ChartFormat] = [.svg],
                      commandLine: [String] = commandLine) throws -> ReportWriter.Outcome {
        do {
            return try ReportWriter.write(run, to: folder, formats: formats, commandLine: commandLine,
                                          options: ReportWriter.recorderOptions(for: run.scenario))
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// The flagship run (horizon 400, 3 replications) and the folder its report was written to.
    static let flagship: Result<(run: RunSummary, folder: String), Failure> = {
        do {
            let run = try run(try scenario())
            let folder = ScratchFolder.path("flagship")
            _ = try write(run, to: folder)
            return .success((run, folder))
        } catch let error as Failure {
            return .failure(error)
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }()

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "cannot read \(path)") }
        return String(decoding: data, as: UTF8.self)
    }
}

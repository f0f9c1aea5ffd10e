import Foundation
import GovSimScenario
import GovSimTestSupport
import Testing

@Suite struct ScenarioLoaderTests {
    @Test func flagshipScenarioLoads() throws {
        let loaded = try ScenarioLoader.load(path: Repository.scenarios + "/pyramid-vs-flat.json")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let names = loaded.scenario.variants.map(\.name)
        #expect(names == ["pyramid", "flat", "pyramid-delegated", "flat-centralised"])
        let headcounts = loaded.scenario.variants.map(\.structure.headcount)
        #expect(Set(headcounts).count == 1, "the same officials in every variant: \(headcounts)")
    }

    @Test func syntaxErrorGivesLineAndColumn() {
        let text = "{\n  \"format\": 1,\n  \"name\": \"x\"\n  \"horizon\": 5\n}"
        #expect(throws: ScenarioLoadError.self) { try ScenarioLoader.decode(Array(text.utf8), file: "x.json") }
        do {
            _ = try ScenarioLoader.decode(Array(text.utf8), file: "x.json")
        } catch {
            #expect(error.description == "x.json: line 4, column 3: expected ',' or '}' after a member (a missing comma?)")
        }
    }
}

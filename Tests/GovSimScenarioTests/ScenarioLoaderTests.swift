import Foundation
import GovSimScenario
import GovSimTestSupport
import Testing

@Suite struct ScenarioLoaderTests {
    @Test func flagshipScenarioLoads() throws {
        let loaded = try ScenarioLoader.load(path: Repository.scenarios + "/pyramid-vs-flat.json")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let names = loaded.scenario.variants.map(\.name)
        #expect(names == ["pyramid", "flat"])
        #expect(loaded.scenario.variants[0].structure.headcount == loaded.scenario.variants[1].structure.headcount)
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

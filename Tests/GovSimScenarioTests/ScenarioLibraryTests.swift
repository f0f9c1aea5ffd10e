import Foundation
import GovSimScenario
import GovSimTestSupport
import Testing

/// Bundled scenarios are found by name; paths are read as files; nothing escapes the folders.
@Suite struct ScenarioLibraryTests {
    static let library = ScenarioLibrary(folders: ["/nonexistent-govsim-folder", Repository.scenarios])

    @Test func findsABundledScenarioByName() {
        #expect(Self.library.locate("span-and-levels") == Repository.scenarios + "/span-and-levels.json")
    }

    @Test func readsAPathAsAFile() {
        let path = Repository.scenarios + "/control-loss.json"
        #expect(Self.library.locate(path) == path)
        #expect(Self.library.locate("/nonexistent-govsim-folder/x.json") == nil)
    }

    @Test(arguments: ["no-such-scenario", "../Package", "", "scenarios/../../no-such-govsim-scenario-x", "/nonexistent/x"])
    func findsNothingForUnknownOrUnsafeNames(_ name: String) {
        #expect(Self.library.locate(name) == nil)
    }

    @Test func namesAreTheBundledScenariosSortedWithoutTheSchema() throws {
        let names = Self.library.names()
        #expect(try names == Repository.bundledScenarios())
        #expect(!names.contains("schema"))
        #expect(names == names.sorted())
    }

    /// The test binary lives in the checkout's build folder, as an installed govsim built there
    /// does: the standard library finds the checkout's scenarios from any working folder.
    @Test func standardLibraryIncludesTheCheckoutOfTheRunningBinary() {
        let folders = ScenarioLibrary.standard().folders.map { URL(fileURLWithPath: $0).standardized.path }
        #expect(folders.contains(URL(fileURLWithPath: Repository.scenarios).standardized.path), "\(folders)")
    }
}

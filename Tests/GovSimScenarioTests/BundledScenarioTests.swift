import Foundation
import GovSimModel
import GovSimScenario
import GovSimTestSupport
import Testing

/// Every bundled scenario is complete teaching material, and its claims come out as its file says.
@Suite struct BundledScenarioTests {
    static let core = ["pyramid-vs-flat", "span-and-levels", "control-loss", "crisis-response", "load-crossover"]
    static let documents = [
        "000_43a754bc3f91f0f9.txt", "001_18ae75f4cc9d2da6.txt", "002_4e45d3798de698cc.txt",
        "003_a6793e9de35aa4d0.txt", "004_4f22bb2d8ee20f0f.txt",
    ]

    static func load(_ name: String) throws -> ScenarioLoader.Loaded {
        try ScenarioLoader.load(path: "\(Repository.scenarios)/\(name).json")
    }

    /// The documents the quotes come from, beside the checkout (not part of it).
    static let seeds = URL(fileURLWithPath: Repository.root).deletingLastPathComponent().appendingPathComponent("shared/seeds").path

    @Test func coreScenariosAreBundled() throws {
        #expect(Set(Self.core).isSubset(of: try Repository.bundledScenarios()))
    }

    /// The tests below run once per listed scenario, so a listing that dropped files would check
    /// fewer and still pass. Counted here another way: every JSON document in the folder with
    /// a `format` key (the schema has none) is a scenario, and each must be listed.
    @Test func everyScenarioInTheFolderIsListed() throws {
        let listed = try Repository.bundledScenarios()
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.scenarios).filter { $0.hasSuffix(".json") }
        let scenarios = try files.filter { file in
            let data = try Data(contentsOf: URL(fileURLWithPath: Repository.scenarios + "/" + file))
            return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["format"] != nil
        }
        #expect(listed == scenarios.map { String($0.dropLast(".json".count)) }.sorted())
        #expect(listed.count > Self.core.count, "the core scenarios and at least one more: \(listed)")
        print("BundledScenarioTests: \(listed.count) bundled scenarios in \(Repository.scenarios)")
    }

    @Test(arguments: try Repository.bundledScenarios()) func loadsWithoutWarnings(_ name: String) throws {
        let loaded = try Self.load(name)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(loaded.scenario.name == name, "a bundled scenario is found by its file name")
    }

    /// What an instructor needs: a story, the documents' claims quoted, expected verdicts, and
    /// questions to ask before and after the run.
    @Test(arguments: try Repository.bundledScenarios()) func isCompleteTeachingMaterial(_ name: String) throws {
        let scenario = try Self.load(name).scenario
        #expect(!scenario.title.isEmpty && scenario.narrative.count > 200)
        #expect(scenario.variants.count >= 2)
        #expect(!scenario.claims.isEmpty)
        for claim in scenario.claims {
            #expect(claim.expectedVerdict != nil, "\(name): claim \(claim.id) records no expected_verdict")
            #expect(scenario.sources.contains { $0.id == claim.source || $0.file == claim.source }, "\(name): claim \(claim.id) quotes no source")
        }
        for source in scenario.sources {
            #expect(Self.documents.contains(source.file), "\(name): \(source.file) is not one of the documents")
            #expect(!source.quote.isEmpty)
            #expect(source.translation != nil || source.quote.unicodeScalars.allSatisfy { $0.value < 0x2E80 }, "\(name): \(source.id) needs a translation")
        }
        #expect(scenario.questions.contains { $0.kind == .predict })
        #expect(scenario.questions.contains { $0.kind == .discuss })
    }

    /// Quotes are the documents' own words, when the documents are at hand (`../shared/seeds`).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: seeds),
                   "the source documents are not beside the checkout (../shared/seeds), so quotes cannot be compared with them"),
          arguments: try Repository.bundledScenarios())
    func quotesAreVerbatim(_ name: String) throws {
        func squeezed(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for source in try Self.load(name).scenario.sources {
            let document = squeezed(Repository.text("\(Self.seeds)/\(source.file)"))
            #expect(document.contains(squeezed(source.quote)), "\(name): \(source.id) is not in \(source.file)")
        }
    }

    /// A shorter run: at most 400 time units (but past every shock) and 4 replications. Checked by
    /// hand over the scenario's own seed and seeds 1 to 10 for every bundled scenario but those of
    /// ``atOwnSize``: the verdicts hold at this size. An `unstable` verdict holds too: the backlog
    /// of a saturated variant grows by far more than 1% of the arrivals within 400 time units.
    static func reduced(_ scenario: Scenario) -> Scenario {
        var reduced = scenario
        reduced.replications = min(scenario.replications, 4)
        let lastShock = scenario.workload.shocks.map { $0.time + $0.duration }.max() ?? 0
        let horizon = min(scenario.length.horizon, max(400, 2 * lastShock))
        let scale = horizon / scenario.length.horizon
        reduced.length = RunLength(horizon: horizon, warmup: scenario.length.warmup * scale,
                                   cooldown: scenario.length.cooldown * scale)
        return reduced
    }

    /// The scenarios whose verdicts are checked at their own horizon and replications, and why the
    /// reduced run cannot tell: a `negligible` verdict needs an interval narrower than the minimum
    /// effect either way, an effect near its minimum needs the full precision, and an effect that
    /// builds up over the run needs the full length. At the reduced size these came out
    /// `inconclusive` for some of the seeds 1 to 10; at their own size every verdict held for the
    /// scenario's seed and seeds 1 to 10 (checked by hand). Every other scenario runs reduced.
    static let atOwnSize: [String: String] = [
        "intermediate-links": "reply-cuts-buck-passing is negligible (within 2% against a minimum of 5%), and "
            + "lower-quality's effect (1.2 points) lies just above its minimum effect of 1 point: four short "
            + "replications leave both intervals too wide to tell",
        "pyramid-vs-flat": "delegation-alone-relieves-apex is negligible: its interval must lie within 5% "
            + "either way, which four short replications do not always give",
        "public-participation": "evaluation moves authority every 40 hours, so the gain in satisfaction of "
            + "evaluation-satisfaction grows over the run: about 5% (its minimum effect) after 400 hours, 9% after 2,000",
    ]

    @Test func scenariosCheckedAtTheirOwnSizeAreBundled() throws {
        #expect(Set(Self.atOwnSize.keys).isSubset(of: try Repository.bundledScenarios()))
    }

    @Test(arguments: try Repository.bundledScenarios()) func verdictsAreTheExpectedOnesAtAReducedHorizon(_ name: String) throws {
        let loaded = try Self.load(name).scenario
        let scenario = Self.atOwnSize[name] == nil ? Self.reduced(loaded) : loaded
        let run = try ScenarioRun(scenario)
        #expect(run.claims.count == scenario.claims.count)
        for result in run.claims {
            #expect(result.verdict == result.claim.expectedVerdict,
                    "\(name): \(result.claim.id) (\(result.claim.expect)): \(result.left.mean) [\(result.left.lower), \(result.left.upper)] vs \(result.right.mean) [\(result.right.lower), \(result.right.upper)], effect \(result.effect.map { "\($0.relative) [\($0.lower), \($0.upper)]" } ?? "none")")
        }
    }
}

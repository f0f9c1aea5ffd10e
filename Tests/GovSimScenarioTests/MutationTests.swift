import Foundation
import GovSimEngine
import GovSimModel
@testable import GovSimScenario
import GovSimTestSupport
import Testing

/// Seeded mutations of every bundled scenario: numbers pushed to 0, negative, huge, NaN and
/// infinity; keys dropped, duplicated, misspelt and given the wrong type; arrays emptied or made
/// enormous; strings made hostile. Each mutant is either refused with messages that name a path,
/// or accepted and run (one short replication) to completion. A trap anywhere kills the suite.
@Suite struct MutationTests {
    static let limits = ScenarioLoader.Limits(maxUnits: 20_000)
    static let mutantsPerScenario = 220
    /// Accepted mutants are run when their work is this small (cases over the short horizon).
    static let runBudget = 2_000.0

    /// Empty when the folder is missing, which the test reports through `bundledScenarios()`.
    static let documents: [(name: String, root: JSONValue)] = ((try? Repository.bundledScenarios()) ?? []).compactMap { name in
        var parser = JSONParser(Array(Repository.text("\(Repository.scenarios)/\(name).json").utf8))
        return (try? parser.parse()).map { (name, $0) }
    }

    /// What became of each mutant.
    struct Tally: Sendable, CustomStringConvertible {
        var rejectedNamingPath = 0
        var rejectedWholeFile = 0
        var ran = 0
        var acceptedTooLargeToRun = 0
        var rejectedByEngine = 0
        var unnamed: [String] = []
        mutating func add(_ other: Tally) {
            rejectedNamingPath += other.rejectedNamingPath
            rejectedWholeFile += other.rejectedWholeFile
            ran += other.ran
            acceptedTooLargeToRun += other.acceptedTooLargeToRun
            rejectedByEngine += other.rejectedByEngine
            unnamed += other.unnamed
        }
        var total: Int { rejectedNamingPath + rejectedWholeFile + ran + acceptedTooLargeToRun + rejectedByEngine }
        var description: String {
            "\(total) mutants: \(rejectedNamingPath) rejected naming a path, \(rejectedWholeFile) rejected as a whole file "
                + "(syntax, duplicate keys, not an object), \(ran) ran to completion, \(acceptedTooLargeToRun) accepted but too large "
                + "for the short run, \(rejectedByEngine) refused by the engine"
        }
    }

    @Test func mutantsAreRejectedWithAPathOrRunToCompletion() async throws {
        #expect(try Self.documents.count == Repository.bundledScenarios().count, "every bundled scenario parses")
        let tally = await withTaskGroup(of: Tally.self) { group in
            for (number, document) in Self.documents.enumerated() {
                group.addTask { Self.mutants(of: document, number: number) }
            }
            return await group.reduce(into: Tally()) { $0.add($1) }
        }
        print("MutationTests: \(tally)")
        #expect(tally.unnamed.isEmpty, "rejections without a path: \(tally.unnamed.prefix(5))")
        #expect(tally.total == Self.documents.count * Self.mutantsPerScenario)
        #expect(tally.ran > 0)
    }

    static func mutants(of document: (name: String, root: JSONValue), number: Int) -> Tally {
        var tally = Tally()
        for index in 0..<mutantsPerScenario {
            let seed = UInt64(number * 100_000 + index)
            var random = SplitMix64(seed: seed)
            var mutant = document.root
            for _ in 0..<(1 + Int(random.next() % 3)) { mutant = Mutator.mutate(mutant, &random) }
            judge(mutant, label: "\(document.name) seed \(seed)", into: &tally)
        }
        return tally
    }

    /// Decodes `mutant` the way a file is read (through its text when it has one) and runs it
    /// briefly when accepted.
    static func judge(_ mutant: JSONValue, label: String, into tally: inout Tally) {
        let problems: [ScenarioProblem]
        let scenario: Scenario?
        if let text = Mutator.encode(mutant) {
            do {
                let loaded = try ScenarioLoader.decode(Array(text.utf8), file: "mutant.json", limits: limits)
                (problems, scenario) = (loaded.warnings, loaded.scenario)
            } catch {
                (problems, scenario) = (error.problems, nil)
            }
        } else {
            // NaN and infinity cannot be written in JSON; hand them to the decoder directly.
            let log = ProblemLog(file: "mutant.json")
            let decoded = ScenarioDecoder(log: log, limits: limits).decodeScenario(mutant, file: "mutant.json")
            (problems, scenario) = (log.problems, log.hasErrors ? nil : decoded)
        }
        guard var scenario else {
            let errors = problems.filter { $0.severity == .error }
            if errors.contains(where: { !$0.path.isEmpty }) {
                tally.rejectedNamingPath += 1
            } else if !errors.isEmpty, errors.allSatisfy({ $0.message.hasPrefix("line ") || $0.message.hasPrefix("expected an object") }) {
                // A syntax error or duplicate key (by line and column), or the whole document replaced.
                tally.rejectedWholeFile += 1
            } else {
                tally.unnamed.append("\(label): \(errors.map(\.description))")
                tally.rejectedWholeFile += 1
            }
            return
        }
        scenario.replications = 1
        scenario.length = RunLength(horizon: 5, warmup: 1)
        let units = scenario.variants.reduce(0) { $0 + $1.structure.units.count }
        let rate = scenario.workload.rateBasis == .total ? scenario.workload.arrivalRate
            : scenario.workload.arrivalRate * Double(units)
        let shocks = scenario.workload.shocks.reduce(0) { $0 + $1.cases }
        guard rate * 5 * Double(scenario.variants.count) + Double(shocks) < runBudget, units < 5_000 else {
            tally.acceptedTooLargeToRun += 1
            return
        }
        do {
            let run = try ScenarioRun(scenario, threads: 1)
            #expect(run.variants.count == scenario.variants.count, "\(label)")
            tally.ran += 1
        } catch {
            tally.rejectedByEngine += 1
            Issue.record("\(label): accepted by the decoder but refused by the engine: \(error)")
        }
    }
}

/// One seeded change to a document.
enum Mutator {
    static let numbers: [Double] = [0, -1, -0.5, -1e9, 1e12, 1e308, -1e308, .nan, .infinity, -.infinity,
                                    2_147_483_648, 9.3e18, 1e-300, 40, 0.5]
    static let hostile: [String] = [
        "\"quoted\" \\ back\\slash", "<script>alert(1)</script>", "a & b < c > d", "line\nbreak\r\nand\ttab",
        "\u{202E}evil\u{202C}", "\\N \\G \\L", "<b>html-like</b>", "=HYPERLINK(\"x\")", "+1", "-1", "@sum",
        "../../etc/passwd", "/dev/full", "", String(repeating: "long ", count: 4000), "名字 \u{0000} nul",
    ]
    static let typos = ["nmae", "Horizon", "varients", "span ", "levels_", "arrival-rate", "polcy"]

    /// The document with one change at a random place.
    static func mutate(_ root: JSONValue, _ random: inout SplitMix64) -> JSONValue {
        let places = paths(root)
        let place = places[Int(random.next() % UInt64(places.count))]
        return rewrite(root, at: place[...]) { value in change(value, &random) }
    }

    /// Every node's place, as indices into objects' members and arrays' elements.
    static func paths(_ value: JSONValue, prefix: [Int] = []) -> [[Int]] {
        var found = [prefix]
        switch value {
        case .array(let items):
            for (index, item) in items.enumerated() { found += paths(item, prefix: prefix + [index]) }
        case .object(let members):
            for (index, member) in members.enumerated() { found += paths(member.value, prefix: prefix + [index]) }
        default: break
        }
        return found
    }

    static func rewrite(_ value: JSONValue, at place: ArraySlice<Int>, _ change: (JSONValue) -> JSONValue) -> JSONValue {
        guard let head = place.first else { return change(value) }
        switch value {
        case .array(var items):
            items[head] = rewrite(items[head], at: place.dropFirst(), change)
            return .array(items)
        case .object(var members):
            if place.count == 1, case let member = members[head] {
                // A member itself can be dropped, duplicated or misspelt.
                switch Int(member.key.utf8.count + head) % 6 {
                case 0: members.remove(at: head); return .object(members)
                case 1: members.insert(member, at: head); return .object(members)
                case 2: members[head].key = typos[head % typos.count]; return .object(members)
                default: break
                }
            }
            members[head].value = rewrite(members[head].value, at: place.dropFirst(), change)
            return .object(members)
        default:
            return value
        }
    }

    static func change(_ value: JSONValue, _ random: inout SplitMix64) -> JSONValue {
        let pick = random.next() % 10
        switch value {
        case .number where pick < 7:
            return .number(numbers[Int(random.next() % UInt64(numbers.count))])
        case .string where pick < 6:
            return .string(hostile[Int(random.next() % UInt64(hostile.count))])
        case .array where pick < 4:
            return .array([])
        case .array(let items) where pick < 7 && !items.isEmpty:
            let count = [2, 50, 400][Int(random.next() % 3)]
            return .array(Array((0..<count).map { items[$0 % items.count] }))
        case .object(let members) where pick < 5 && !members.isEmpty:
            var members = members
            members.remove(at: Int(random.next() % UInt64(members.count)))
            return .object(members)
        default:
            // The wrong type.
            let wrong: [JSONValue] = [.null, .bool(true), .string("7"), .number(3), .array([]), .object([])]
            return wrong[Int(random.next() % UInt64(wrong.count))]
        }
    }

    /// JSON text, or nil when the document holds a number JSON cannot write.
    static func encode(_ value: JSONValue) -> String? {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number.isFinite ? "\(number)" : nil
        case .string(let text): return JSONText.quoted(text)
        case .array(let items):
            var parts: [String] = []
            for item in items { guard let part = encode(item) else { return nil }; parts.append(part) }
            return "[" + parts.joined(separator: ",") + "]"
        case .object(let members):
            var parts: [String] = []
            for member in members { guard let part = encode(member.value) else { return nil }; parts.append(JSONText.quoted(member.key) + ":" + part) }
            return "{" + parts.joined(separator: ",") + "}"
        }
    }
}

/// Inputs the fuzzers (`make fuzz`) found, kept in `Regressions/`: each is read again and must
/// give its clear answer, never a trap.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Regressions"

    /// A top-level line `x1000000 #` and NUL bytes: a million units, the outline limit, took 26 s
    /// under AddressSanitizer (a libFuzzer timeout, not a crash). A larger count is refused at once.
    @Test func outlineOfAMillionTopsIsBoundedByTheUnitLimit() throws {
        let text = Repository.text(Self.folder + "/outline-million-tops.outline")
        #expect(text.hasPrefix("x1000000 "))
        let over = "x1000001 " + text.dropFirst("x1000000 ".count)
        #expect(throws: OutlineError.self) { try Outline.parse(over, file: "r.outline") }
        do {
            _ = try Outline.parse(over, file: "r.outline")
        } catch {
            #expect(error.description == "r.outline:1: x1000001: expected a count from 1 to 1000000")
        }
    }

    /// A rate of 1e308 over a horizon of 1e12: refused before anything runs, naming the horizon
    /// and the flag that raises the limit.
    @Test func workBeyondTheCaseLimitIsRefused() {
        #expect(throws: ScenarioLoadError.self) { try ScenarioLoader.load(path: Self.folder + "/huge-horizon.json", displayName: "h.json") }
        do {
            _ = try ScenarioLoader.load(path: Self.folder + "/huge-horizon.json", displayName: "h.json")
        } catch {
            #expect(error.errors.map(\.description) == ["h.json: horizon: about 1.0e+19 cases to simulate (arrival rate x horizon x "
                + "replications, over 1 variant); the limit is 1.0e+10: lower the horizon, the replications or the arrival rate, "
                + "or raise the limit with --max-cases"])
        }
    }

    /// `--param workload.arviral_sate=1:8888888888888888888888888888888888886:0.25`: the count of
    /// values (3.6e37) was converted to Int for the message and trapped (found by the param fuzzer).
    @Test func aRangeOfAstronomicallyManyValuesIsRefused() throws {
        let text = Repository.text(Self.folder + "/param-huge-range.txt")
        let values = String(text[text.index(after: try #require(text.firstIndex(of: "=")))...])
        #expect(throws: SweepError("\"\(values)\": about 3.6e+37 values; at most 100000 points in a sweep")) {
            try Sweep.values(values)
        }
    }

    /// --until-ci on a metric whose mean is nearly zero needs ~1e30 replications by the usual
    /// estimate: capped, not converted to Int (which trapped).
    @Test func anAstronomicalReplicationNeedIsCapped() {
        let precision = SweepPrecision(relative: 0.05, maxReplications: 200)
        let summary = MetricSummary([1e-12, -1e-12, 3e-12, 1e3, -1e3])
        #expect(precision.nextTarget(current: 5, step: 5, summaries: [summary]) == 10)
    }

    /// Every saved scenario input is either loaded or refused with messages that name a path.
    @Test func savedScenarioInputsGiveClearAnswers() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty, "no saved inputs in \(Self.folder)")
        for file in files.sorted() {
            do {
                _ = try ScenarioLoader.load(path: Self.folder + "/" + file, displayName: file)
            } catch {
                #expect(!error.errors.isEmpty, "\(file)")
            }
        }
    }
}

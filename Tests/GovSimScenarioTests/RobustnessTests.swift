import Foundation
import GovSimModel
import GovSimScenario
import GovSimTestSupport
import Testing

/// No input makes the reader trap: damaged copies of the bundled scenarios and random documents
/// built from the format's own keys are read (and, when they load, briefly run) without a crash.
@Suite struct RobustnessTests {
    static let limits = ScenarioLoader.Limits(maxUnits: 3000)
    /// Empty when the folder is missing; the test then fails before dividing by the count.
    static let texts: [String] = ((try? Repository.bundledScenarios()) ?? []).map { Repository.text("\(Repository.scenarios)/\($0).json") }

    /// Reads `bytes`; when they load, runs one short replication if it is cheap.
    static func survive(_ bytes: [UInt8]) {
        guard let loaded = try? ScenarioLoader.decode(bytes, file: "fuzz.json", limits: limits) else { return }
        var scenario = loaded.scenario
        let shockCases = scenario.workload.shocks.reduce(0) { $0 + $1.cases }
        let work = scenario.workload.arrivalRate * 5 * Double(scenario.variants.count)
        guard scenario.workload.rateBasis == .total, work < 20_000, shockCases < 20_000 else { return }
        scenario.replications = 1
        scenario.length = RunLength(horizon: 5, warmup: 1)
        _ = try? ScenarioRun(scenario, threads: 1)
    }

    @Test(arguments: 0..<8) func damagedBundledScenariosNeverTrap(_ batch: Int) throws {
        try #require(!Self.texts.isEmpty, "no bundled scenarios to damage in \(Repository.scenarios)")
        for seed in UInt64(batch * 40)..<UInt64(batch * 40 + 40) {
            var random = SplitMix64(seed: seed)
            var bytes = Array(Self.texts[Int(seed) % Self.texts.count].utf8)
            let alphabet = Array(#"{}[]":,-.0123456789eE+tfnul"x\ "#.utf8)
            for _ in 0..<(1 + Int(random.next() % 4)) {
                guard !bytes.isEmpty else { break }
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 4 {
                case 0: bytes[at] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: at)
                default: bytes = Array(bytes[..<at])
                }
            }
            Self.survive(bytes)
        }
    }

    static let keys = [
        "format", "name", "horizon", "warmup", "cooldown", "replications", "seed", "workload", "variants", "claims",
        "sources", "questions", "arrival_rate", "rate_basis", "case_types", "shocks", "share", "class",
        "other_departments", "notify_top", "time", "cases", "duration", "region", "case_type", "structure", "policy",
        "generator", "levels", "span", "spans", "teams", "same_headcount_as", "departments", "service", "fidelity",
        "peers", "units", "reports_to", "links", "from", "to", "kind", "delegation", "authority_by_level", "expect",
        "id", "text", "exponential", "lognormal", "mean", "cv", "staff", "report_delay", "platform", "sweep",
    ]

    /// A random value of the shapes a scenario holds, with keys drawn from the format.
    static func value(_ random: inout SplitMix64, depth: Int) -> JSONValue {
        let pick = random.next() % (depth > 4 ? 5 : 8)
        switch pick {
        case 0: return .number([0, 1, 2, 3, -1, 0.5, 1e9, 1e300, 40, 1_000_000, 7][Int(random.next() % 11)])
        case 1: return .string(["pyramid", "flat", "tree", "a", "b", "x", "a.turnaround.mean < b.turnaround.mean", "ring", "complete", ""][Int(random.next() % 10)])
        case 2: return .bool(random.next() % 2 == 0)
        case 3: return .null
        case 4: return .number(Double(random.next() % 5))
        case 5, 6:
            let count = Int(random.next() % 6)
            return .object((0..<count).map { _ in (keys[Int(random.next() % UInt64(keys.count))], value(&random, depth: depth + 1)) })
        default:
            return .array((0..<Int(random.next() % 4)).map { _ in value(&random, depth: depth + 1) })
        }
    }

    static func encode(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let text): "\"" + text + "\""
        case .array(let items): "[" + items.map(encode).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { "\"\($0.key)\":" + encode($0.value) }.joined(separator: ",") + "}"
        }
    }

    @Test(arguments: 0..<4) func randomDocumentsOfTheFormatNeverTrap(_ batch: Int) {
        for seed in UInt64(batch * 250)..<UInt64(batch * 250 + 250) {
            var random = SplitMix64(seed: seed)
            var members: [(key: String, value: JSONValue)] = [("format", .number(1)), ("name", .string("x"))]
            for key in ["workload", "variants", "claims", "horizon"] where random.next() % 4 != 0 {
                members.append((key, Self.value(&random, depth: 1)))
            }
            Self.survive(Array(Self.encode(.object(members)).utf8))
        }
    }

    @Test func deepNestingIsRefusedNotRecursedInto() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: ScenarioLoadError.self) { try ScenarioLoader.decode(Array(text.utf8), file: "deep.json") }
    }
}

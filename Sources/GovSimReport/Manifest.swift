import GovSimEngine
import GovSimModel
import GovSimScenario

/// `manifest.json`: everything needed to reproduce a report and check its files: the GovSim
/// version, the scenario file's SHA-256, the seed of every replication, every effective
/// parameter after defaults, and the SHA-256 of each file written with it. Written last.
public enum Manifest {
    public struct File: Sendable, Hashable {
        public let path: String
        public let sha256: String
        public let bytes: Int
    }

    public static func render(_ run: RunSummary, provenance: Provenance, options: RecorderOptions,
                              formats: [String], files: [File]) -> String {
        let scenario = run.scenario
        let replications: [JSONOutput] = (0..<scenario.replications).map { replication in
            .object([("replication", .integer(replication)), ("seed", seed(scenario.seed))])
        }
        let variants: [JSONOutput] = run.variants.map { variant in
            return .object([
                ("name", .string(variant.name)),
                ("description", scenario.variantDescriptions[variant.name].map { .string($0) } ?? .null),
                ("policy", .object(policyMembers(variant.policy))),
                ("structure_summary", .object(variant.figures.fields.map { ($0.name, .number($0.value)) })),
                ("structure", structure(variant)),
            ])
        }
        return JSONOutput.object([
            ("govsim_version", .string(provenance.version)),
            ("scenario", .string(scenario.name)),
            ("scenario_file", .string(provenance.scenarioFile)),
            ("scenario_sha256", provenance.scenarioSHA256.map { .string($0) } ?? .null),
            ("command_line", .array(provenance.commandLine.map { .string($0) })),
            ("reproduce", provenance.reproduce.map { .string($0) } ?? .null),
            ("seed", seed(scenario.seed)),
            ("seeding", .string("replication r of every variant draws its random streams from (seed, r) through SplitMix64, "
                + "so all variants see the same arrivals and no result depends on the number of threads")),
            ("replications", .array(replications)),
            ("time_unit", .string(scenario.timeUnit)),
            ("horizon", .number(scenario.length.horizon)),
            ("warmup", .number(scenario.length.warmup)),
            ("cooldown", .number(scenario.length.cooldown)),
            ("recorder", .object([("journeys_traced", .integer(options.journeys)), ("time_samples", .integer(options.samples))])),
            ("chart_formats", .array(formats.map { .string($0) })),
            ("workload", workload(scenario.workload)),
            ("variants", .array(variants)),
            ("files", .array(files.map { file in
                .object([("path", .string(file.path)), ("sha256", .string(file.sha256)), ("bytes", .integer(file.bytes))])
            })),
        ]).rendered()
    }

    /// Seeds as JSON integers while a double holds them exactly (2^53), as text beyond.
    static func seed(_ value: UInt64) -> JSONOutput {
        value <= 1 << 53 ? .integer(Int(value)) : .string(String(value))
    }
}

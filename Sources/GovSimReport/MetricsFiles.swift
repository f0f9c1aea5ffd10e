import GovSimEngine
import GovSimModel
import GovSimScenario

/// `metrics.json` and `metrics.csv`: the data a researcher loads into pandas or R.
public enum MetricsFiles {
    /// `{"scenario", "seed", "replications", "variants": [{"name", "structure", "metrics"}], "claims"}`.
    public static func json(_ run: RunSummary) -> String {
        let names = run.metricNames
        let variants: [JSONOutput] = run.variants.map { variant in
            let metrics: [(String, JSONOutput)] = names.compactMap { name in
                guard let metric = variant.metrics[name] else { return nil }
                return (name, .object([("mean", .number(metric.mean)),
                                       ("ci95", .array([.number(metric.lower), .number(metric.upper)])),
                                       ("n", .integer(metric.count))]))
            }
            return .object([
                ("name", .string(variant.name)),
                ("structure", .object(variant.figures.fields.map { ($0.name, .number($0.value)) })),
                ("stability", stability(variant.stability)),
                ("theory", variant.offeredLoad.map { theory($0, variant: variant) } ?? .null),
                ("metrics", .object(metrics)),
            ])
        }
        let claims: [JSONOutput] = run.claims.map { result in
            .object([
                ("id", .string(result.claim.id)),
                ("text", .string(result.claim.text)),
                ("source", result.claim.source.map { .string($0) } ?? .null),
                ("expect", .string(result.claim.expect.description)),
                ("basis", .string(result.claim.basis.rawValue)),
                ("min_effect", .number(result.claim.minEffect)),
                ("not_testable", result.claim.notTestable.map { .string($0) } ?? .null),
                ("verdict", .string(result.verdict.rawValue)),
                ("effect", result.effect.map(effect) ?? .null),
                ("robustness", robustness(result.claim.id, run.robustness)),
                ("expected_verdict", result.claim.expectedVerdict.map { .string($0.rawValue) } ?? .null),
                ("left", summary(result.left)),
                ("right", summary(result.right)),
            ])
        }
        return JSONOutput.object([
            ("scenario", .string(run.scenario.name)),
            ("title", .string(run.scenario.title)),
            ("time_unit", .string(run.scenario.timeUnit)),
            ("seed", .integer(Int(run.scenario.seed))),
            ("replications", .integer(run.scenario.replications)),
            ("horizon", .number(run.scenario.length.horizon)),
            ("warmup", .number(run.scenario.length.warmup)),
            ("variants", .array(variants)),
            ("claims", .array(claims)),
        ]).rendered()
    }

    /// `{"status", "reasons", "max_offered_load", "unit"}`.
    private static func stability(_ stability: Stability) -> JSONOutput {
        .object([("status", .string(stability.status.rawValue)), ("reasons", .array(stability.reasons.map { .string($0) })),
                 ("max_offered_load", stability.maxOfferedLoad.map { .number($0) } ?? .null),
                 ("unit", stability.unit.map { .string($0) } ?? .null)])
    }

    /// The traffic equations beside the run, per level: offered load against measured
    /// utilisation, and (product-form networks only) predicted against measured wait per visit.
    private static func theory(_ load: OfferedLoad, variant: VariantSummary) -> JSONOutput {
        func measured(_ family: Metric.PerLevel, _ level: Int) -> JSONOutput {
            variant.metrics[family.name(level: level)].map { .number($0.mean) } ?? .null
        }
        let levels: [JSONOutput] = load.perLevel.map { level in
            .object([("level", .integer(level.level)), ("offered_load", .number(level.offeredLoad)),
                     ("measured_utilisation", measured(.utilisation, level.level)),
                     ("max_unit_load", .number(level.maxUnitLoad)),
                     ("predicted_wait", level.predictedWait.map { .number($0) } ?? .null),
                     ("measured_wait", measured(.wait, level.level))])
        }
        return .object([("product_form", .bool(load.isProductForm)),
                        ("approximations", .array(load.approximations.map { .string($0.rawValue) })),
                        ("predicted_wait_per_case", load.predictedWaitPerCase.map { .number($0) } ?? .null),
                        ("levels", .array(levels))])
    }

    /// `{"parameters": "...", "points": n, "verdicts": {"supported": k, ...}}` over the declared
    /// sweep, or null when it was not run.
    private static func robustness(_ id: String, _ robustness: Robustness?) -> JSONOutput {
        guard let robustness, let index = robustness.definition.claims.firstIndex(where: { $0.id == id }) else { return .null }
        let tally = robustness.verdicts.tally(claim: index)
        let counts: [(String, JSONOutput)] = Claim.Verdict.allCases.compactMap { verdict in
            tally.counts[verdict].map { (verdict.rawValue, .integer($0)) }
        }
        return .object([("range", .string(robustness.range)), ("points", .integer(tally.judged)), ("verdicts", .object(counts))])
    }

    /// The relative effect (left - right) / baseline with its 95% interval, paired or not.
    private static func effect(_ effect: Effect) -> JSONOutput {
        .object([("relative", .number(effect.relative)), ("ci95", .array([.number(effect.lower), .number(effect.upper)])),
                 ("difference", .number(effect.difference)), ("paired", .bool(effect.paired)), ("n", .integer(effect.count))])
    }

    private static func summary(_ metric: MetricSummary) -> JSONOutput {
        .object([("mean", .number(metric.mean)), ("ci95", .array([.number(metric.lower), .number(metric.upper)])),
                 ("n", .integer(metric.count))])
    }

    /// Long format: one row per variant, replication, metric; sorted by variant, replication, metric.
    public static func csv(_ run: RunSummary) -> String {
        var out = CSVWriter.row(["variant", "replication", "seed", "metric", "value"])
        for variant in run.variants.sorted(by: { $0.name < $1.name }) {
            for (replication, result) in variant.replications.enumerated() {
                for (metric, value) in result.metrics.sorted(by: { $0.key < $1.key }) {
                    out += CSVWriter.row([variant.name, String(replication), String(run.scenario.seed), metric,
                                          CSVWriter.number(value)])
                }
            }
        }
        return out
    }
}

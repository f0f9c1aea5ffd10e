import GovSimText
import GovSimEngine
import GovSimModel
import GovSimScenario

/// What the HTML and the Markdown report say, decided once so the two never disagree: which
/// metrics the table shows, how a verdict and a claim's figures read, and the short account of
/// how the numbers were computed. All plain text; each writer escapes it for its format.
struct ReportText {
    let run: RunSummary
    var scenario: Scenario { run.scenario }

    /// The comparison table's rows (the run summary's).
    var tableMetrics: [String] { run.tableMetrics }

    /// What a metric means, from the registry.
    static func meaning(_ metric: String) -> String { MetricRegistry.definition(named: metric)?.meaning ?? "" }

    /// "hours" for metrics measured in time, nil for the rest.
    func unit(of metric: String) -> String? {
        MetricRegistry.isTime(metric) ? scenario.timeUnit + "s" : nil
    }

    var predictQuestions: [Scenario.Question] { scenario.questions.filter { $0.kind == .predict } }
    var discussQuestions: [Scenario.Question] { scenario.questions.filter { $0.kind == .discuss } }

    /// "2 variants · 3 replications each · 400 hours simulated".
    var subtitle: String {
        "\(count(run.variants.count, "variant")) · \(count(scenario.replications, "replication")) each · "
            + "\(NumberFormat.short(scenario.length.horizon)) \(scenario.timeUnit)s simulated"
    }

    // MARK: - Claims

    /// "Across the arrival rate from 0.5 to 1.5: supported at 7 of 9 points"; or, when the scenario
    /// declares a sweep the run did not use, how to get it.
    func robustnessNote(_ result: ClaimResult) -> String? {
        if let robustness = run.robustness {
            return robustness.summary(claim: result.claim.id).map { "Across \(robustness.range): \($0)." }
        }
        guard scenario.sweep != nil else { return nil }
        return "How robust: govsim run \(scenario.name) --robustness judges this claim across the scenario's declared range of assumptions."
    }

    /// The mark beside a figure that needs a steady state its variant does not reach.
    static let unstableMark = "⚠"

    /// One sentence per variant without a steady state: which, why, and what that does to its figures.
    var stabilityNotes: [String] {
        run.variants.filter { $0.stability.status == .unstable }.map { variant in
            "\(variant.name): \(variant.stability.reasons.joined(separator: "; ")). Its queue grows for as long as the run lasts, "
                + "so its times and other steady-state figures (marked \(Self.unstableMark)) depend on the horizon, not on the "
                + "organisation alone; the claims on them are marked unstable."
        }
    }

    /// "not testable" for `not_testable`: the verdict as a badge shows it.
    static func verdictLabel(_ verdict: Claim.Verdict) -> String { verdict.rawValue.replacingOccurrences(of: "_", with: " ") }

    /// The claims under two headings: what the documents claim, and what the scenario's author
    /// reads into them (extrapolations, counter-claims). Empty groups are left out.
    var claimGroups: [(heading: String, hint: String, results: [ClaimResult])] {
        let groups: [(String, String, Claim.Basis)] = [
            ("Claims the documents make", "Each quotes the passage that makes it.", .document),
            ("Readings by the scenario's author", "Extrapolations and counter-claims the documents do not make themselves.",
             .interpretation),
        ]
        return groups.compactMap { heading, hint, basis in
            let results = run.claims.filter { $0.claim.basis == basis }
            return results.isEmpty ? nil : (heading, hint, results)
        }
    }

    /// "flat turnaround.mean 0.857 (95% CI 0.84 to 0.87)" for one side of a claim.
    static func operand(_ operand: Claim.Operand, _ summary: MetricSummary) -> String {
        switch operand {
        case .constant(let value): return NumberFormat.short(value)
        case .metric(let variant, let metric):
            return summary.count == 0 ? "\(variant) \(metric): not measured"
                : "\(variant) \(metric) \(SummaryText.withInterval(summary, metric: metric))"
        }
    }

    /// "flat turnaround.mean 0.857 (...) < pyramid turnaround.mean 2.51 (...)".
    static func figures(_ result: ClaimResult) -> String {
        "\(operand(result.claim.expect.left, result.left)) \(result.claim.expect.relation.rawValue) \(operand(result.claim.expect.right, result.right))"
    }

    /// The source a claim cites, by id or file name.
    func source(of claim: Claim) -> Scenario.Source? {
        guard let id = claim.source else { return nil }
        return scenario.sources.first { $0.id == id } ?? scenario.sources.first { $0.file == id }
    }

    /// A note when the run disagrees with the verdict the scenario's author recorded.
    static func expectationNote(_ result: ClaimResult) -> String? {
        guard let expected = result.claim.expectedVerdict, expected != result.verdict else { return nil }
        return "The scenario's author expected \(expected.rawValue) at the scenario's own settings; this run's settings may differ."
    }

    // MARK: - How this was computed

    var method: [String] {
        let length = scenario.length, unit = scenario.timeUnit
        let rate = scenario.workload.rateBasis == .total
            ? "\(NumberFormat.short(scenario.workload.arrivalRate)) per \(unit) in all"
            : "\(NumberFormat.short(scenario.workload.arrivalRate)) per \(unit) at each front-line office"
        var window = "The first \(NumberFormat.short(length.warmup)) \(unit)s of each run are a warm-up and are not measured"
        if length.cooldown > 0 { window += ", nor are cases arriving in the last \(NumberFormat.short(length.cooldown))" }
        return [
            "GovSim is a discrete-event simulation of an organisation as a network of offices (agents) that pass cases "
                + "to each other. Cases arrive at the front-line offices at random (\(rate)). Each office works on cases with "
                + "its staff, each visit taking a random time; an office decides a case when it holds the authority the case "
                + "needs and otherwise passes it on: up the line, or to a peer or the platform when its policy allows. "
                + "Every link takes time to cross, and every relay may lose part of a report.",
            "Each variant was run \(count(scenario.replications, "time")) for \(NumberFormat.short(length.horizon)) simulated "
                + "\(unit)s. \(window). Replication r of every variant uses the same random arrivals (common random numbers), "
                + "drawn from streams derived from the seed \(scenario.seed) and r, so the organisations are compared on identical "
                + "workloads and the results do not depend on the number of threads.",
            "Figures are means over the replications with a 95% confidence interval (Student's t). A claim between two "
                + "variants is judged on the per-replication differences (the variants share their arrivals, so replication r "
                + "of one is compared with replication r of the other), relative to the right side of the claim: supported "
                + "when the whole 95% interval of that effect lies at or beyond the claim's minimum effect (5% unless the claim "
                + "says otherwise) in the claimed direction, contradicted when it lies that far the other way, negligible when "
                + "it lies within the minimum effect either way, and inconclusive otherwise. A claim on a time or another "
                + "steady-state metric of a variant that reaches no steady state is marked unstable, not judged.",
        ]
    }

    /// The case mix: "routine (50), permit (25), ..." with decision classes.
    var caseMix: String {
        scenario.workload.caseTypes.map { type in
            var text = "\(type.name): share \(NumberFormat.short(type.share)), class \(type.decisionClass)"
            if type.otherDepartments > 0 { text += ", \(count(type.otherDepartments, "other department"))" }
            return text
        }.joined(separator: "; ")
    }

    /// Each variant: what it stands for, its shape in figures, and the levers changed from the defaults.
    func variantFacts(_ variant: VariantSummary) -> (description: String?, structure: String, policy: String) {
        let summary = variant.figures
        var shape = ["\(NumberFormat.grouped(summary.units)) units", "\(NumberFormat.grouped(summary.headcount)) staff",
                     count(summary.levels, "level"), "widest span \(NumberFormat.grouped(summary.maxSpan))"]
        if summary.peerLinks > 0 { shape.append(count(summary.peerLinks, "peer link")) }
        let changes = Manifest.policyChanges(variant.policy)
        return (scenario.variantDescriptions[variant.name], shape.joined(separator: ", "),
                changes.isEmpty ? "default policy" : changes.joined(separator: "; "))
    }

    func count(_ value: Int, _ noun: String) -> String { NumberFormat.count(value, noun) }
}

import GovSimEngine
import GovSimModel
import GovSimReport
import GovSimScenario

/// `govsim explain NAME`: what an instructor reads before class — the story, the variants, the
/// sources with their quotes, the claims the run checks, and the questions with their answers.
enum ExplainCommand {
    static let help = """
        USAGE: govsim explain NAME|FILE [--width N]

        Prints a scenario for reading before class: what the class should notice, the variants
        and the workload they share, the source passages with translations, the claims the run
        checks (with the verdict the author expects), and the questions to ask before and after
        the run, with their answers.

        OPTIONS:
          --width N    wrap text to N columns (default 80)
        """

    static func run(_ tokens: [String], console: Console) throws(CLIError) {
        let arguments = try Arguments(tokens, valued: ["--width"], switches: [], command: "explain")
        guard arguments.positional.count == 1 else {
            throw .usage("govsim explain: expected one scenario name or file, got \(arguments.positional.count) (govsim list shows the names)")
        }
        let width = try arguments.integer("--width", in: 40...1000, command: "explain") ?? 80
        let scenario = try ScenarioInput.load(arguments.positional[0], command: "explain", console: console)
        console.print(render(scenario, width: width))
    }

    static func render(_ scenario: Scenario, width: Int) -> String {
        var out: [String] = []
        func section(_ title: String) { out.append(""); out.append(title) }
        func text(_ body: String, indent: String = "  ", hanging: String? = nil) {
            out.append(TextWrapping.wrap(body, width: width, indent: indent, hanging: hanging))
        }

        out.append(TextWrapping.wrap("\(scenario.name): \(scenario.title)", width: width))
        out.append("(\(scenario.file))")
        if !scenario.narrative.isEmpty {
            section("WHAT TO NOTICE")
            text(scenario.narrative)
        }
        section("VARIANTS (all run on the same cases)")
        for variant in scenario.variants {
            text("\(variant.name): \(shape(of: variant))", hanging: "    ")
            if let description = scenario.variantDescriptions[variant.name] { text(description, indent: "    ") }
            text("Policy: \(policy(variant.policy)).", indent: "    ")
        }
        section("WORKLOAD AND RUN")
        text(workload(scenario))
        if !scenario.sources.isEmpty {
            section("SOURCES")
            for source in scenario.sources {
                out.append("  [\(source.id)] \(source.file)")
                text("\u{201C}\(source.quote)\u{201D}", indent: "    ")
                if let translation = source.translation { text("(\(translation))", indent: "    ") }
            }
        }
        if !scenario.claims.isEmpty {
            section("CLAIMS THE RUN CHECKS")
            for claim in scenario.claims {
                text("\(claim.id): \(claim.text)", hanging: "    ")
                var detail = "checks \(claim.expect)"
                if let source = claim.source { detail += "; source \(source)" }
                if let verdict = claim.expectedVerdict { detail += "; expected verdict: \(verdict.rawValue)" }
                detail += "; basis: \(claim.basis == .document ? "the document's claim" : "the scenario author's reading")"
                if let reason = claim.notTestable { detail += "; not testable here: \(reason)" }
                text(detail, indent: "    ")
                if let differences = differences(claim, in: scenario) { text(differences, indent: "    ") }
            }
            section("WHAT THE CLAIMS MEASURE")
            for metric in claimMetrics(scenario) { text("\(metric.name): \(describe(metric, timeUnit: scenario.timeUnit))", hanging: "    ") }
        }
        for (kind, title) in [(Scenario.Question.Kind.predict, "PREDICT BEFORE YOU RUN"), (.discuss, "DISCUSS AFTER THE RUN")] {
            let questions = scenario.questions.filter { $0.kind == kind }
            guard !questions.isEmpty else { continue }
            section(title)
            for (number, question) in questions.enumerated() {
                text("\(number + 1). \(question.text)", hanging: "     ")
                if let answer = question.answer { text("Answer: \(answer)", indent: "     ") }
            }
        }
        section("RUN IT")
        out.append("  govsim run \(scenario.name)")
        return out.joined(separator: "\n")
    }

    /// "flat vs pyramid differ in: levels 3 vs 5, ..." for a claim between two variants.
    static func differences(_ claim: Claim, in scenario: Scenario) -> String? {
        guard let (left, right) = claim.comparedVariants,
              let a = scenario.variants.first(where: { $0.name == left }), let b = scenario.variants.first(where: { $0.name == right }),
              let ha = try? Hierarchy(a.structure), let hb = try? Hierarchy(b.structure) else { return nil }
        let lines = VariantDifferences.between(StructureSummary(a.structure, hierarchy: ha), a.policy,
                                               StructureSummary(b.structure, hierarchy: hb), b.policy)
        return lines.isEmpty ? nil : "\(left) vs \(right) differ in: \(lines.joined(separator: ", "))"
    }

    /// The metrics the claims compare, each once, in the order the claims name them.
    static func claimMetrics(_ scenario: Scenario) -> [MetricDefinition] {
        var seen = Set<String>()
        return scenario.claims.flatMap(\.metrics).filter { seen.insert($0).inserted }.compactMap(MetricRegistry.definition(named:))
    }

    /// "mean time from ... (in hours; lower is better)".
    static func describe(_ metric: MetricDefinition, timeUnit: String) -> String {
        var notes: [String] = []
        if metric.kind == .time { notes.append("in \(timeUnit)s") }
        switch metric.better {
        case .lower: notes.append("lower is better")
        case .higher: notes.append("higher is better")
        case .neither: break
        }
        return metric.meaning + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
    }

    /// "5 levels, 341 units, 341 staff, widest span 4, 48 peer links".
    static func shape(of variant: GovSimEngine.Variant) -> String {
        guard let hierarchy = try? Hierarchy(variant.structure) else { return "\(variant.structure.units.count) units" }
        let summary = StructureSummary(variant.structure, hierarchy: hierarchy)
        var parts = ["\(summary.levels) level\(summary.levels == 1 ? "" : "s")", "\(summary.units) units",
                     "\(summary.headcount) staff", "widest span \(summary.maxSpan)"]
        if summary.peerLinks > 0 { parts.append("\(summary.peerLinks) peer links") }
        if summary.skipLevelLinks > 0 { parts.append("\(summary.skipLevelLinks) skip-level links") }
        if summary.dottedLines > 0 { parts.append("\(summary.dottedLines) dotted lines") }
        return parts.joined(separator: ", ")
    }

    /// The levers that differ from the defaults (``Policy()``), in the file's words.
    static func policy(_ policy: Policy) -> String {
        let standard = Policy()
        var parts: [String] = []
        if let byLevel = policy.authorityByLevel {
            parts.append("authority by level \(byLevel.map(String.init).joined(separator: ", ")) (top first)")
        }
        parts.append(policy.delegation == 0 ? "authority follows rank" : "delegation \(policy.delegation) (every unit below the top decides \(policy.delegation) class\(policy.delegation == 1 ? "" : "es") more)")
        if !policy.peerConsultation { parts.append("no peer consultation") }
        if !policy.skipLevel { parts.append("no skip-level lines") }
        if policy.directReply { parts.append("decisions sent straight back to the front office") }
        if policy.serviceMode != standard.serviceMode { parts.append("service mode \(policy.serviceMode.rawValue)") }
        if policy.intake != standard.intake { parts.append("intake \(policy.intake.rawValue)") }
        if policy.medium != standard.medium { parts.append("\(policy.medium.rawValue) links") }
        if policy.paperApproval { parts.append("paper approval at the home unit (dual track)") }
        if policy.buckPassing != standard.buckPassing { parts.append("buck passing \(policy.buckPassing) per hop") }
        if policy.corruption != standard.corruption { parts.append("corruption \(policy.corruption) per hop") }
        if policy.conflictProbability != standard.conflictProbability { parts.append("conflicting directives \(policy.conflictProbability)") }
        if policy.learning != nil { parts.append("learning") }
        if policy.feedback { parts.append("citizen feedback") }
        if policy.evaluation != nil { parts.append("performance evaluation") }
        if policy.leakProbability != standard.leakProbability { parts.append("leaks \(policy.leakProbability) per message") }
        if policy.isolatedNetworks { parts.append("isolated networks") }
        return parts.joined(separator: "; ")
    }

    static func workload(_ scenario: Scenario) -> String {
        let workload = scenario.workload, unit = scenario.timeUnit
        let basis = workload.rateBasis == .total ? "in all" : "at each front office"
        let total = workload.caseTypes.reduce(0) { $0 + $1.share }
        let types = workload.caseTypes.map { type in
            var text = "\(type.name) \(percent(type.share / total)) (class \(type.decisionClass)"
            if type.otherDepartments > 0 { text += ", needs \(type.otherDepartments) other department\(type.otherDepartments == 1 ? "" : "s")" }
            if type.notifyTop { text += ", the top must be told" }
            return text + ")"
        }
        var lines = ["\(number(workload.arrivalRate)) cases per \(unit) \(basis): \(types.joined(separator: ", "))."]
        for shock in workload.shocks {
            let type = workload.caseTypes.indices.contains(shock.caseType) ? workload.caseTypes[shock.caseType].name : "?"
            let region = "\(percent(shock.region.lowerBound))-\(percent(shock.region.upperBound)) of the front line"
            let spread = shock.duration > 0 ? " over \(number(shock.duration)) \(unit)s" : " at once"
            lines.append("Shock: \(shock.cases) \"\(type)\" cases at \(unit) \(number(shock.time))\(spread), in \(region).")
        }
        let length = scenario.length
        lines.append("Each replication runs \(number(length.horizon)) \(unit)s (the first \(number(length.warmup)) are warm-up, not measured); "
            + "\(scenario.replications) replications, seed \(scenario.seed).")
        return lines.joined(separator: "\n")
    }

    static func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        return value == value.rounded() ? "\(Int(value))%" : "\((value * 10).rounded() / 10)%"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

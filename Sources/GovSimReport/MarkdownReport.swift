import GovSimText
import GovSimEngine
import GovSimScenario

/// `report.md`: the content of `index.html` as GitHub-flavoured Markdown, for a wiki, a pull
/// request or a course repository; charts are linked from `charts/`. Scenario text passes
/// through ``MarkdownEscaping`` (or a code span, or ``HTMLEscaping`` inside the folded answers).
struct MarkdownReport {
    let text: ReportText
    let charts: RunCharts
    let provenance: Provenance
    let dataFiles: [String]
    /// The case followed on the journey page, when one could be.
    let journey: JourneyCase?

    var run: RunSummary { text.run }
    var scenario: Scenario { text.run.scenario }

    func render() -> String {
        var parts: [String] = [
            "# \(md(scenario.title))",
            "*GovSim report · scenario \(md(scenario.name)) · \(md(text.subtitle))*",
            "## The story",
            MarkdownEscaping.paragraphs(scenario.narrative),
        ]
        if !text.predictQuestions.isEmpty {
            parts += ["## Predict before you look",
                      "Write down your answers before you read on; the model's answers are further down.",
                      numbered(text.predictQuestions.map(\.text))]
        }
        parts += organisations + results + theory + overTime + journeys + claims + answers
        if !text.discussQuestions.isEmpty {
            parts += ["## For discussion", numbered(text.discussQuestions.map(\.text))]
        }
        parts += method + reproducibility
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    private var organisations: [String] {
        var parts = ["## The organisations"]
        parts.append(run.variants.map { variant in
            let facts = text.variantFacts(variant)
            let description = facts.description.map { " \(md($0))" } ?? ""
            return "- **\(md(variant.name))**:\(description) \(md(facts.structure)). Policy: \(md(facts.policy))."
        }.joined(separator: "\n"))
        parts += run.variants.count == 2 ? [image("side-by-side")] : charts.variantNames.map { image("org-\($0)") }
        return parts
    }

    private var results: [String] {
        let header = "| Metric | " + run.variants.map { md($0.name) }.joined(separator: " | ") + " |"
        let rule = "| --- |" + String(repeating: " ---: |", count: run.variants.count)
        let rows = text.tableMetrics.map { metric -> String in
            let unit = text.unit(of: metric).map { " (\(md($0)))" } ?? ""
            let cells = run.variants.map { variant -> String in
                guard let summary = variant.metrics[metric], !summary.mean.isNaN else { return "n/a" }
                let text = SummaryText.estimate(summary, metric: metric)
                let mark = variant.isUnreliable(metric) ? " \(ReportText.unstableMark)" : ""
                return (text.interval.map { "\(text.mean) (\($0))" } ?? text.mean) + mark
            }
            return "| `\(metric)`\(unit) | " + cells.joined(separator: " | ") + " |"
        }
        return ["## Results"] + text.stabilityNotes.map { "**\(ReportText.unstableMark) No steady state:** \(md($0))" } + [
                "Mean over \(text.count(scenario.replications, "replication")), with the 95% confidence interval in brackets. "
                    + "Times in \(md(scenario.timeUnit))s. Every metric of every replication is in [metrics.csv](metrics.csv).",
                ([header, rule] + rows).joined(separator: "\n"),
                image("comparison")]
    }

    private var overTime: [String] {
        let images = [image("backlog"), image("utilisation")].filter { !$0.isEmpty }
        guard !images.isEmpty else { return [] }
        return ["## Over time", "The data is in [timeseries.csv](timeseries.csv)."] + images
    }

    private var journeys: [String] {
        let cases = charts.variantNames.map { image("case-\($0)") }.filter { !$0.isEmpty }
        if let journey, !cases.isEmpty {
            return ["## One case's journey",
                    "\(md(journey.reason)) [Step through this case office by office](journey.html) (open it in a browser)."] + cases
        }
        let medians = charts.variantNames.map { image("journey-\($0)") }.filter { !$0.isEmpty }
        return medians.isEmpty ? [] : ["## One case's journey", "The case with the median turnaround in each organisation."] + medians
    }

    private var theory: [String] {
        let theory = TheoryText(run: run)
        let tables = run.variants.flatMap { variant -> [String] in
            let rows = theory.rows(variant)
            guard !rows.isEmpty else { return [] }
            let table = (["| " + TheoryText.columns.joined(separator: " | ") + " |",
                          "| --- |" + String(repeating: " ---: |", count: TheoryText.columns.count - 1)]
                         + rows.map { "| " + $0.map(md).joined(separator: " | ") + " |" }).joined(separator: "\n")
            return ["### \(md(variant.name))", table] + theory.notes(variant).map(md)
        }
        return tables.isEmpty ? [] : ["## \(TheoryText.heading)", md(theory.introduction)] + tables
    }

    private var claims: [String] {
        guard !run.claims.isEmpty else { return [] }
        func section(_ result: ClaimResult) -> String {
            var lines = ["#### \(md(ReportText.verdictLabel(result.verdict).capitalized)): \(md(result.claim.text))", "",
                         "- Tested as \(code(result.claim.expect.description))\(md(ReportText.differsNote(result.claim, in: run))): "
                            + "\(md(ClaimText.meaning(result))).",
                         "- \(md(ReportText.figures(result)))"]
            if let effect = ClaimText.effect(result) { lines.insert("- \(md(effect)).", at: 2) }
            if let note = text.robustnessNote(result) { lines.append("- \(md(note))") }
            if let note = ReportText.expectationNote(result) { lines.append("- \(md(note))") }
            if let source = text.source(of: result.claim) {
                lines += ["", "> \(md(source.quote))"]
                if let translation = source.translation { lines += [">", "> *\(md(translation))*"] }
                lines += [">", "> Source: \(md(source.file))"]
            } else if let id = result.claim.source {
                lines.append("- Source: \(md(id))")
            }
            return lines.joined(separator: "\n")
        }
        let pairs = text.comparedPairs
        let differs = pairs.isEmpty ? [] : ["### What differs between the variants the claims compare",
            (["| Variants | Differences |", "| --- | --- |"] + pairs.map { pair in
                "| \(md(pair.left)) vs \(md(pair.right)) | \(md(pair.differences.isEmpty ? "nothing but their names" : pair.differences.joined(separator: "; "))) |"
            }).joined(separator: "\n")]
        return ["## Claims and verdicts"] + differs + text.claimGroups.flatMap { group in
            ["### \(md(group.heading))", md(group.hint)] + group.results.map(section)
        }
    }

    private var answers: [String] {
        guard !text.predictQuestions.isEmpty else { return [] }
        return ["## Answers to the predictions"] + text.predictQuestions.map { question in
            let answer = question.answer.map(md) ?? "The scenario gives no answer: compare with the results above."
            return "<details><summary>\(HTMLEscaping.text(question.text.replacingOccurrences(of: "\n", with: " ")))</summary>\n\n\(answer)\n\n</details>"
        }
    }

    private var method: [String] {
        let length = scenario.length
        var rows = [("Replications", "\(scenario.replications) per variant"), ("Seed", String(scenario.seed)),
                    ("Simulated time", "\(NumberFormat.short(length.horizon)) \(scenario.timeUnit)s, of which \(NumberFormat.short(length.warmup)) warm-up"),
                    ("Arrivals", "\(NumberFormat.short(scenario.workload.arrivalRate)) per \(scenario.timeUnit)"),
                    ("Case mix", text.caseMix)]
        for variant in run.variants {
            let facts = text.variantFacts(variant)
            rows.append(("Variant \(variant.name)", "\(facts.structure). Policy: \(facts.policy)"))
        }
        let table = (["| Parameter | Value |", "| --- | --- |"] + rows.map { "| \(md($0.0)) | \(md($0.1)) |" }).joined(separator: "\n")
        return ["## How this was computed"] + text.method.map(md) + [table,
                "Every effective parameter, after defaults, is listed in [manifest.json](manifest.json)."]
    }

    private var reproducibility: [String] {
        var lines = ["- GovSim version: \(code(provenance.version))",
                     "- Scenario file: \(code(provenance.scenarioFile)), SHA-256 \(provenance.scenarioSHA256.map(code) ?? "none (built in code)")",
                     "- Seed: \(provenance.seed)",
                     "- Data: " + dataFiles.map { "[\(md($0))](\($0))" }.joined(separator: ", ")]
        if let command = provenance.reproduce {
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(command) + 1))
            lines += ["", "To reproduce:", "", "\(fence)sh", command, fence]
        }
        return ["## Reproducibility", lines.joined(separator: "\n")]
    }

    // MARK: - Helpers

    /// Escaped as if it started a line: safe anywhere (an escaped character reads the same).
    private func md(_ text: String) -> String { MarkdownEscaping.block(text) }

    private func numbered(_ items: [String]) -> String {
        items.enumerated().map { "\($0.offset + 1). \(md($0.element))" }.joined(separator: "\n")
    }

    /// A code span that no backtick in `text` can close early.
    private func code(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        let fence = String(repeating: "`", count: longestBacktickRun(flat) + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    private func longestBacktickRun(_ text: String) -> Int {
        var longest = 0, run = 0
        for character in text { run = character == "`" ? run + 1 : 0; longest = max(longest, run) }
        return longest
    }

    /// A chart as an image from `charts/` (SVG first, else PNG or PDF), or a note when it was not drawn.
    private func image(_ name: String) -> String {
        if let problem = charts.skipped.first(where: { $0.name == name }) {
            return "*The chart \(md(name)) could not be drawn: \(md(problem.reason))*"
        }
        guard let chart = charts[name] else { return "" }
        let formats = chart.files.map(\.format)
        guard let format = ["svg", "png", "pdf", "dot"].first(where: formats.contains) else { return "" }
        let link = "(charts/\(name).\(format))"
        return format == "svg" || format == "png" ? "![\(md(chart.caption))]\(link)" : "[\(md(chart.caption))]\(link)"
    }
}

import GovSimText
import GovSimEngine
import GovSimScenario

/// The sections of `index.html`, in the order a class meets them: the story, predictions
/// before any result, the organisations, the results, the claims, the answers, discussion,
/// and how it was all computed.
extension HTMLReport {
    var story: String {
        """
        <section id="story">
        <h2>The story</h2>
        <div class="prose">\(HTMLEscaping.paragraphs(scenario.narrative))</div>
        </section>
        """
    }

    var predictions: String {
        guard !text.predictQuestions.isEmpty else { return "" }
        let items = text.predictQuestions.map { "<li><p>\(h($0.text))</p><div class=\"answer-space\" aria-hidden=\"true\"></div></li>" }
        return """
            <section id="predict" class="predict">
            <h2>Predict before you look</h2>
            <p class="hint">Write down your answers before you read on; the model's answers are further down, folded away.</p>
            <ol class="questions">
            \(items.joined(separator: "\n"))
            </ol>
            </section>
            """
    }

    var organisations: String {
        let entries = run.variants.map { variant in
            let facts = text.variantFacts(variant)
            let description = facts.description.map { "<p>\(h($0))</p>" } ?? ""
            return """
                <div class="variant"><h3>\(h(variant.name))</h3>\(description)<p class="facts">\(h(facts.structure))</p><p class="facts">Policy: \(h(facts.policy))</p></div>
                """
        }
        // Two organisations share one page; more would be drawn too small in one row, so each
        // gets its own chart (utilisation colours are absolute, so they still compare).
        let chart = run.variants.count == 2 ? figure("side-by-side", wide: true)
            : "<div class=\"org-grid\">\n" + charts.variantNames.map { figure("org-\($0)") }.joined(separator: "\n") + "\n</div>"
        return """
            <section id="organisations">
            <h2>The organisations</h2>
            <div class="variants">
            \(entries.joined(separator: "\n"))
            </div>
            \(chart)
            <p class="hint">Colours show how busy each office was (share of staff time, mean over the replications); thicker lines carried more messages; the red frame marks the busiest office as the bottleneck when it is busy at least 70% of the time.</p>
            </section>
            """
    }

    var results: String {
        let header = "<tr><th scope=\"col\">Metric</th>" + run.variants.map { "<th scope=\"col\">\(h($0.name))</th>" }.joined() + "</tr>"
        let rows = text.tableMetrics.map { metric -> String in
            let unit = text.unit(of: metric).map { " <span class=\"unit\">(\(h($0)))</span>" } ?? ""
            let cells = run.variants.map { variant -> String in
                guard let summary = variant.metrics[metric], !summary.mean.isNaN else { return "<td>n/a</td>" }
                let text = SummaryText.estimate(summary, metric: metric)
                let interval = text.interval.map { "<span class=\"ci\">\($0)</span>" } ?? ""
                guard variant.isUnreliable(metric) else { return "<td><span class=\"mean\">\(text.mean)</span>\(interval)</td>" }
                return "<td class=\"unreliable\" title=\"no steady state\"><span class=\"mean\">\(text.mean) \(ReportText.unstableMark)</span>\(interval)</td>"
            }
            return "<tr><th scope=\"row\"><span class=\"metric-name\">\(h(metric))</span>\(unit)<span class=\"meaning\">\(h(ReportText.meaning(metric)))</span></th>\(cells.joined())</tr>"
        }
        return """
            <section id="results">
            <h2>Results</h2>
            \(text.stabilityNotes.map { "<p class=\"unstable-note\"><strong>\(ReportText.unstableMark) No steady state:</strong> \(h($0))</p>" }.joined(separator: "\n"))
            <p class="hint">Mean over \(h(text.count(scenario.replications, "replication"))); below each mean, its 95% confidence interval. Times in \(h(scenario.timeUnit))s. Every metric of every replication is in <a href="metrics.csv">metrics.csv</a>.</p>
            <div class="table-wrap">
            <table class="comparison">
            <thead>\(header)</thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </div>
            \(figure("comparison"))
            </section>
            """
    }

    var overTime: String {
        let figures = [figure("backlog"), figure("utilisation")].filter { !$0.isEmpty }
        guard !figures.isEmpty else { return "" }
        return """
            <section id="over-time">
            <h2>Over time</h2>
            <p class="hint">How many cases were open, and how busy each level was, as the simulated \(h(scenario.timeUnit))s went by. The data is in <a href="timeseries.csv">timeseries.csv</a>.</p>
            \(figures.joined(separator: "\n"))
            </section>
            """
    }

    var journeys: String {
        let cases = charts.variantNames.map { figure("case-\($0)") }.filter { !$0.isEmpty }
        let medians = charts.variantNames.map { figure("journey-\($0)") }.filter { !$0.isEmpty }
        guard let journey, !cases.isEmpty else {
            guard !medians.isEmpty else { return "" }
            return """
                <section id="journey">
                <h2>One case's journey</h2>
                <p class="hint">The case with the median turnaround in each organisation: every office it visited, on the row of its level, with its waiting (grey) and working (blue) time.</p>
                <div class="journeys">
                \(medians.joined(separator: "\n"))
                </div>
                </section>
                """
        }
        return """
            <section id="journey">
            <h2>One case's journey</h2>
            <p class="hint">\(h(journey.reason)) The same request, arriving at the same moment, in every organisation: each office it visited, on the row of its level, with its waiting (grey) and working (blue) time.</p>
            <p class="action"><a class="button-link" href="journey.html">Step through this case office by office</a></p>
            <div class="journeys">
            \(cases.joined(separator: "\n"))
            </div>
            </section>
            """
    }

    var theory: String {
        let theory = TheoryText(run: run)
        let tables = run.variants.compactMap { variant -> String? in
            let rows = theory.rows(variant)
            guard !rows.isEmpty else { return nil }
            let header = "<tr>" + TheoryText.columns.map { "<th scope=\"col\">\(h($0))</th>" }.joined() + "</tr>"
            let body = rows.map { row in "<tr>" + row.map { "<td>\(h($0))</td>" }.joined() + "</tr>" }.joined(separator: "\n")
            let notes = theory.notes(variant).map { "<p class=\"hint\">\(h($0))</p>" }.joined()
            return "<h3>\(h(variant.name))</h3>\n<div class=\"table-wrap\"><table class=\"theory\"><thead>\(header)</thead><tbody>\n\(body)\n</tbody></table></div>\(notes)"
        }
        guard !tables.isEmpty else { return "" }
        return """
            <section id="theory">
            <h2>\(TheoryText.heading)</h2>
            <p class="hint">\(h(theory.introduction))</p>
            \(tables.joined(separator: "\n"))
            </section>
            """
    }

    var claims: String {
        guard !run.claims.isEmpty else { return "" }
        func article(_ result: ClaimResult) -> String {
            let verdict = result.verdict.rawValue
            var quote = ""
            if let source = text.source(of: result.claim) {
                let translation = source.translation.map { "<p class=\"translation\">\(h($0))</p>" } ?? ""
                quote = """
                    <blockquote><p>\(h(source.quote))</p>\(translation)<footer>Source: \(h(source.file))\(source.id != source.file ? " (\(h(source.id)))" : "")</footer></blockquote>
                    """
            } else if let id = result.claim.source {
                quote = "<p class=\"facts\">Source: \(h(id))</p>"
            }
            let note = ReportText.expectationNote(result).map { "<p class=\"facts\">\(h($0))</p>" } ?? ""
            let effect = (ClaimText.effect(result).map { "<p class=\"effect\">\(h($0))</p>" } ?? "")
                + (text.robustnessNote(result).map { "<p class=\"facts\">\(h($0))</p>" } ?? "")
            return """
                <article class="claim \(verdict)" id="claim-\(h(result.claim.id))">
                <p class="verdict"><span class="badge">\(h(ReportText.verdictLabel(result.verdict)))</span> <span class="why">\(h(ClaimText.meaning(result)))</span></p>
                <h3>\(h(result.claim.text))</h3>
                \(effect)
                <p class="test">Tested as <code>\(h(result.claim.expect.description))</code>\(h(ReportText.differsNote(result.claim, in: run)))</p>
                <p class="figures">\(h(ReportText.figures(result)))</p>
                \(note)\(quote)
                </article>
                """
        }
        let groups = text.claimGroups.map { group in
            "<h3 class=\"claim-group\">\(h(group.heading))</h3>\n<p class=\"hint\">\(h(group.hint))</p>\n"
                + group.results.map(article).joined(separator: "\n")
        }
        let pairs = text.comparedPairs.map { pair in
            "<tr><th scope=\"row\">\(h(pair.left)) vs \(h(pair.right))</th><td>\(h(pair.differences.isEmpty ? "nothing but their names" : pair.differences.joined(separator: "; ")))</td></tr>"
        }
        let differs = pairs.isEmpty ? "" : """
            <h3 class="claim-group">What differs between the variants the claims compare</h3>
            <p class="hint">A claim that credits one factor holds only as far as the variants differ in that factor alone.</p>
            <div class="table-wrap"><table class="theory differs"><tbody>
            \(pairs.joined(separator: "\n"))
            </tbody></table></div>
            """
        return """
            <section id="claims">
            <h2>Claims and verdicts</h2>
            \(differs)
            \(groups.joined(separator: "\n"))
            </section>
            """
    }

    var answers: String {
        guard !text.predictQuestions.isEmpty else { return "" }
        let items = text.predictQuestions.map { question in
            let answer = question.answer.map { "<p>\(h($0))</p>" } ?? "<p>The scenario gives no answer: compare with the results above.</p>"
            return "<details><summary>\(h(question.text))</summary>\(answer)</details>"
        }
        return """
            <section id="answers">
            <h2>Answers to the predictions</h2>
            <p class="hint">Open each question to see what the model shows. (Folded answers stay folded in print, so a printout works as a worksheet.)</p>
            \(items.joined(separator: "\n"))
            </section>
            """
    }

    var discussion: String {
        guard !text.discussQuestions.isEmpty else { return "" }
        let items = text.discussQuestions.map { question in
            let answer = question.answer.map { "<details><summary>A note for the instructor</summary><p>\(h($0))</p></details>" } ?? ""
            return "<li><p>\(h(question.text))</p>\(answer)</li>"
        }
        return """
            <section id="discuss">
            <h2>For discussion</h2>
            <ol class="questions">
            \(items.joined(separator: "\n"))
            </ol>
            </section>
            """
    }

    var method: String {
        let length = scenario.length
        var rows: [(String, String)] = [
            ("Replications", "\(scenario.replications) per variant"),
            ("Seed", String(scenario.seed)),
            ("Simulated time", "\(NumberFormat.short(length.horizon)) \(scenario.timeUnit)s, of which \(NumberFormat.short(length.warmup)) warm-up"),
            ("Arrivals", "\(NumberFormat.short(scenario.workload.arrivalRate)) per \(scenario.timeUnit) (\(scenario.workload.rateBasis.rawValue.replacingOccurrences(of: "_", with: " ")))"),
            ("Case mix", text.caseMix),
        ]
        if length.cooldown > 0 { rows.insert(("Cool-down", "\(NumberFormat.short(length.cooldown)) \(scenario.timeUnit)s"), at: 3) }
        if !scenario.workload.shocks.isEmpty { rows.append(("Shocks", text.count(scenario.workload.shocks.count, "shock"))) }
        for variant in run.variants {
            let facts = text.variantFacts(variant)
            rows.append(("Variant \(variant.name)", "\(facts.structure). Policy: \(facts.policy)"))
        }
        return """
            <section id="method">
            <h2>How this was computed</h2>
            <div class="prose">\(text.method.map { "<p>\(h($0))</p>" }.joined(separator: "\n"))</div>
            <table class="parameters">
            \(rows.map { "<tr><th scope=\"row\">\(h($0.0))</th><td>\(h($0.1))</td></tr>" }.joined(separator: "\n"))
            </table>
            <p class="hint">Every effective parameter, after defaults, is listed in <a href="manifest.json">manifest.json</a>.</p>
            </section>
            """
    }
}

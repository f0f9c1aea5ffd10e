import GovSimEngine
import GovSimScenario

/// `index.html`: the whole report in one self-contained file (charts inlined as SVG, no
/// network, no external fonts or scripts) for the classroom projector and for A4 paper.
///
/// Every string that comes from the scenario passes through ``HTMLEscaping``; the page's
/// Content-Security-Policy allows no script and no fetch at all, as a second line of defence.
struct HTMLReport {
    let text: ReportText
    let charts: RunCharts
    let provenance: Provenance
    /// Relative paths of the data files written beside the report, for the footer's links.
    let dataFiles: [String]
    /// The case followed on the journey page, when one could be.
    let journey: JourneyCase?

    var run: RunSummary { text.run }
    var scenario: Scenario { text.run.scenario }

    func render() -> String {
        var sections = [story, predictions, organisations, results, theory, overTime, journeys, claims, answers, discussion, method]
        sections.removeAll(where: \.isEmpty)
        return """
            \(PageHead.render(title: scenario.title + " · GovSim report", version: provenance.version))
            <body>
            \(masthead)
            <main>
            \(sections.joined(separator: "\n"))
            </main>
            \(footer)
            </body>
            </html>

            """
    }

    private var masthead: String {
        let links: [(String, String)] = [
            ("story", "Story"), ("predict", "Predict"), ("organisations", "Organisations"), ("results", "Results"),
            ("theory", "Theory"), ("over-time", "Over time"), ("journey", "One case"), ("claims", "Claims"), ("answers", "Answers"),
            ("discuss", "Discussion"), ("method", "Method"),
        ]
        let shown = links.filter { id, _ in
            switch id {
            case "predict", "answers": !text.predictQuestions.isEmpty
            case "claims": !run.claims.isEmpty
            case "discuss": !text.discussQuestions.isEmpty
            default: true
            }
        }
        return """
            <header class="masthead">
            <div class="inner">
            <p class="kicker">GovSim report · scenario \(h(scenario.name))</p>
            <h1>\(h(scenario.title))</h1>
            <p class="subtitle">\(h(text.subtitle))</p>
            <nav class="toc" aria-label="Sections">\(shown.map { "<a href=\"#\($0.0)\">\($0.1)</a>" }.joined(separator: " "))</nav>
            </div>
            </header>
            """
    }

    private var footer: String {
        var rows: [(String, String)] = [
            ("GovSim version", "<code>\(h(provenance.version))</code>"),
            ("Scenario file", "<code>\(h(provenance.scenarioFile))</code>"),
            ("Scenario SHA-256", provenance.scenarioSHA256.map { "<code>\($0)</code>" } ?? "(built in code, no file)"),
            ("Seed", "<code>\(provenance.seed)</code>, \(h(text.count(scenario.replications, "replication"))) per variant"),
        ]
        if let command = provenance.reproduce { rows.append(("To reproduce", "<code class=\"command\">\(h(command))</code>")) }
        let files = dataFiles.map { "<a href=\"\(h($0))\">\(h($0))</a>" }.joined(separator: " · ")
        rows.append(("Data", files))
        return """
            <footer class="repro" id="reproduce">
            <div class="inner">
            <h2>Reproducibility</h2>
            <dl>
            \(rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined(separator: "\n"))
            </dl>
            <p class="note">The same GovSim version, scenario file and seed give the same figures, byte for byte, on any machine and any number of threads.</p>
            </div>
            </footer>
            """
    }

    // MARK: - Helpers used by the sections

    func h(_ text: String) -> String { HTMLEscaping.text(text) }

    /// A chart inlined as SVG, with its caption and links to its files; a note when it could not be drawn.
    func figure(_ name: String, wide: Bool = false) -> String {
        if let problem = charts.skipped.first(where: { $0.name == name }) {
            return "<p class=\"missing\">The chart <code>\(h(name))</code> could not be drawn: \(h(problem.reason))</p>"
        }
        guard let chart = charts[name], let svg = chart.svg else { return "" }
        let links = chart.files.map { "<a href=\"charts/\(h(name)).\($0.format)\">\($0.format.uppercased())</a>" }.joined(separator: " · ")
        return """
            <figure class="chart\(wide ? " wide" : "")">
            \(InlineSVG.prepare(svg, idPrefix: "\(name)-", label: chart.caption))
            <figcaption>\(h(chart.caption))\(links.isEmpty ? "" : " · \(links)")</figcaption>
            </figure>
            """
    }
}

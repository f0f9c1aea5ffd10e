import GovSimText
import Foundation
import GovSimGraphviz
import GovSimScenario

/// `journey.html`: one case stepped through every organisation side by side. Each step lights
/// up the office the case is at on that organisation's org chart (a Graphviz SVG, inlined),
/// with Previous and Next buttons, a slider and the arrow keys. Self-contained like `index.html`;
/// its only script is ``JourneyScript``, allowed by hash and nothing else.
struct JourneyPage {
    let journey: JourneyCase
    let scenario: Scenario
    let provenance: Provenance
    /// Each path's org chart as rendered SVG (nil when it could not be drawn) and the box of each unit.
    let charts: [(svg: String?, boxes: [Int: String])]

    /// Draws each path's org chart (plain, coloured by department, so the lit box stands out)
    /// and locates its steps on it.
    init(journey: JourneyCase, scenario: Scenario, provenance: Provenance) {
        self.journey = journey
        self.scenario = scenario
        self.provenance = provenance
        let options = OrgChartOptions()
        charts = journey.paths.map { path in
            // Past the locator's limit no box could be lit: the steps are listed without a chart.
            guard path.structure.units.count <= OrgChartLocator.maxUnits else { return (nil, [:]) }
            let svg = (try? OrgChart.graph(structure: path.structure, options: options))
                .flatMap { try? ChartRenderer.render($0, format: .svg) }
                .map { String(decoding: $0, as: UTF8.self) }
            let boxes = svg == nil ? [:] : OrgChartLocator.boxes(of: path.steps.map(\.unit), structure: path.structure, options: options)
            return (svg, boxes)
        }
    }

    /// Steps of the longest path, plus the final "answered" step.
    var stepCount: Int { (journey.paths.map(\.steps.count).max() ?? 0) + 1 }

    func render() -> String {
        // As every page, plus exactly this page's script, allowed by its hash.
        let policy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-\(SHA256.base64(JourneyScript.javascript))'; "
            + "img-src data:; base-uri 'none'; form-action 'none'"
        let paths = journey.paths.enumerated().map { index, path in section(path, index: index) }
        return """
            \(PageHead.render(title: "One case, step by step · " + scenario.title, version: provenance.version,
                              policy: policy, extraCSS: JourneyScript.css))
            <body class="journey-page" data-steps="\(stepCount)" data-step="1">
            <header class="masthead">
            <div class="inner">
            <p class="kicker">GovSim step-through · scenario \(h(scenario.name))</p>
            <h1>One case, step by step</h1>
            <p class="subtitle">\(h(scenario.title))</p>
            </div>
            </header>
            <main>
            <div class="intro">
            <p>\(h(journey.reason)) The same request arrived at the same moment in every organisation; follow it office by office. The office it is at is lit up in yellow with a red frame; offices it has passed through are framed in purple.</p>
            <p><a href="index.html">Back to the report</a></p>
            </div>
            <div class="controls" role="group" aria-label="Step through the case">
            <button type="button" id="prev">&#9664; Previous</button>
            <input type="range" id="step" min="1" max="\(stepCount)" value="1" aria-label="Step">
            <button type="button" id="next">Next &#9654;</button>
            <output id="step-label" for="step">Step 1 of \(stepCount)</output>
            </div>
            <div class="paths">
            \(paths.joined(separator: "\n"))
            </div>
            </main>
            <footer class="repro">
            <div class="inner">
            <p>GovSim \(h(provenance.version)) · scenario file <code>\(h(provenance.scenarioFile))</code>\(provenance.scenarioSHA256.map { " (SHA-256 <code>\($0)</code>)" } ?? "") · seed \(provenance.seed)</p>
            </div>
            </footer>
            <script>\(JourneyScript.javascript)</script>
            </body>
            </html>

            """
    }

    private func section(_ path: JourneyCase.Path, index: Int) -> String {
        let (svg, boxes) = charts[index]
        let unit = scenario.timeUnit + "s"
        let items = path.steps.enumerated().map { number, step -> String in
            var place = ["level \(step.level)"]
            if let department = step.department { place.append(department) }
            let times = "reached after \(NumberFormat.short(step.reached)) \(unit) · waited \(NumberFormat.short(step.wait)) · worked \(NumberFormat.short(step.work))"
            return "<li data-node=\"\(h(boxes[step.unit] ?? ""))\"><strong>\(number + 1). \(h(step.name))</strong> "
                + "<span class=\"where\">\(h(place.joined(separator: " · ")))</span> <span class=\"times\">\(h(times))</span></li>"
        }
        let answered = "<li data-node=\"\" class=\"answered\"><strong>Answered</strong> <span class=\"times\">"
            + "\(h("the citizen is told after \(NumberFormat.short(path.turnaround)) \(unit), \(path.steps.count) office visit\(path.steps.count == 1 ? "" : "s")"))</span></li>"
        let missing = path.structure.units.count > OrgChartLocator.maxUnits
            ? "<p class=\"hint\">With \(NumberFormat.grouped(path.structure.units.count)) units this organisation is too large to light up office by office; its org chart is in charts/.</p>"
            : "<p class=\"missing\">The org chart of \(h(path.variant)) could not be drawn.</p>"
        let chart = svg.map { "<figure class=\"orgchart\">\(InlineSVG.prepare($0, idPrefix: "p\(index)-", label: "Org chart of \(path.variant)"))</figure>" }
            ?? missing
        return """
            <section class="path" data-variant="\(h(path.variant))" data-current="">
            <h2>\(h(path.variant))</h2>
            <p class="summary">\(path.steps.count) office visit\(path.steps.count == 1 ? "" : "s") · answered after \(NumberFormat.short(path.turnaround)) \(h(unit))</p>
            <div class="now" aria-live="polite"></div>
            \(chart)
            <ol class="steps">
            \(items.joined(separator: "\n"))
            \(answered)
            </ol>
            </section>
            """
    }

    private func h(_ text: String) -> String { HTMLEscaping.text(text) }
}

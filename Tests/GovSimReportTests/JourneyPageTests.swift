import Foundation
import GovSimEngine
import GovSimGraphviz
import GovSimModel
@testable import GovSimReport
import GovSimScenario
import Testing

/// The step-through follows one real case, and lights up the box that really draws each office.
@Suite struct JourneyPageTests {
    @Test func followsTheSameRequestInEveryOrganisation() throws {
        let (run, _) = try ReportFixture.flagship.get()
        let journey = try #require(JourneyCase(run.variants))
        #expect(journey.paths.map(\.variant) == ["pyramid", "flat"])
        let traced = run.variants.map { variant in
            variant.replications[journey.replication].journeys.first { $0.ordinal == journey.ordinal }
        }
        #expect(traced.allSatisfy { $0 != nil })
        #expect(Set(traced.map { $0?.arrival }).count == 1, "common random numbers: the same arrival time everywhere")
        #expect(journey.paths[0].steps.count > 1, "the case chosen goes beyond its first office in the first variant")
        #expect(journey.paths.allSatisfy { $0.steps.first?.reached == 0 && $0.turnaround > 0 })
    }

    @Test func everyStepOfTheFlagshipCaseIsOnTheChart() throws {
        let (run, _) = try ReportFixture.flagship.get()
        let page = JourneyPage(journey: try #require(JourneyCase(run.variants)), scenario: run.scenario,
                               provenance: Provenance(scenario: run.scenario, commandLine: []))
        for (path, chart) in zip(page.journey.paths, page.charts) {
            let svg = try #require(chart.svg)
            for step in path.steps {
                let box = try #require(chart.boxes[step.unit], "\(path.variant): \(step.name) is not located")
                #expect(svg.contains("<title>\(box)</title>"), "\(path.variant): box \(box) is not in the chart")
            }
        }
        #expect(page.stepCount == (page.journey.paths.map(\.steps.count).max() ?? 0) + 1)
    }

    /// In a small organisation every unit has its own box, whose label names it.
    @Test func locatesEachUnitOfASmallOrganisation() throws {
        let outline = try Outline.parse("""
            Mayor's office
                Tax bureau [Tax]
                    Street office North
                    Street office South
                Police [Security]
                    Station East
            """, file: "small.outline")
        let graph = try OrgChart.graph(structure: outline.structure)
        let boxes = OrgChartLocator.boxes(of: Array(outline.structure.units.indices), structure: outline.structure, options: OrgChartOptions())
        #expect(boxes.count == outline.structure.units.count)
        for (unit, box) in boxes {
            let label = graph.allNodes.first { $0.id == box }?.attributes[.label]
            guard case .html(let html)? = label else { Issue.record("box \(box) has no label"); continue }
            #expect(html.markup.contains(DOTEscaping.htmlText(outline.structure.units[unit].name)), "\(box) is not \(outline.structure.units[unit].name)")
        }
    }

    /// In a large one alike offices share a box: the box names their kind and department.
    @Test func locatesUnitsInsideFoldedBoxes() throws {
        let (run, _) = try ReportFixture.flagship.get()
        let structure = run.variants[0].structure
        let units = Array(stride(from: 0, to: structure.units.count, by: 17))
        let graph = try OrgChart.graph(structure: structure)
        let boxes = OrgChartLocator.boxes(of: units, structure: structure, options: OrgChartOptions())
        #expect(boxes.count == units.count)
        for (unit, box) in boxes {
            guard case .html(let html)? = graph.allNodes.first(where: { $0.id == box })?.attributes[.label] else {
                Issue.record("box \(box) has no label"); continue
            }
            let name = structure.units[unit].name
            let kind = String(name.reversed().drop { $0.isNumber || $0 == " " }.reversed())
            #expect(html.markup.contains(DOTEscaping.htmlText(kind)), "\(name) is drawn in \(box), not a box of \(kind)")
            if let department = structure.units[unit].department {
                #expect(html.markup.contains(DOTEscaping.htmlText(structure.departments[department])), "\(name) is drawn outside its department")
            }
        }
    }
}

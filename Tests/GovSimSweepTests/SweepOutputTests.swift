import Foundation
@testable import GovSimCLI
import GovSimReport
import GovSimScenario
import GovSimTestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SweepOutputTests {
    @Test func chartIsWellFormedSVGWithALinePerVariantAndEscapedText() throws {
        let folder = try SweepFixture.folder()
        defer { ScratchFolder.remove(folder) }
        let plan = try SweepFixture.plan("\(folder)/tiny-sweep.json")
        var results = SweepResults()
        _ = try SweepRunner(plan: plan).run(&results)
        let svg = try #require(SweepChart.svg(plan.definition, results, metric: "turnaround.mean"))
        #expect(svg.contains("Tiny &lt;sweep&gt; &amp; friends"))
        // One panel per arrival rate, each with a band and a line per variant.
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 3 * 2)
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 3 * 2)
        #expect(svg.contains("workload.arrival_rate = 2"))
        let document = try XMLDocument(data: Data(svg.utf8))
        #expect(document.rootElement()?.name == "svg")
    }

    @Test func progressBarWaitsASecondThenRedrawsInPlace() {
        let output = CapturedOutput(), clock = Clock()
        let console = Console(out: { output.append(out: $0) }, err: { output.append(err: $0) }, errorIsTerminal: true)
        let bar = ProgressBar(console: console, quiet: false, clock: { clock.now })
        bar.update(done: 1, total: 10)
        clock.now = 0.5
        bar.update(done: 2, total: 10)
        #expect(output.err.isEmpty)
        clock.now = 2
        bar.update(done: 5, total: 10)
        #expect(output.err == "\r[##############..............] 5/10 runs  50%  2.5 runs/s  about 2 s left\u{1B}[K")
        bar.finish()
        #expect(output.err.hasSuffix("\r\u{1B}[K"))
    }

    @Test func progressIsPlainLinesWithoutATerminalAndNothingWhenQuiet() {
        let output = CapturedOutput(), clock = Clock()
        let console = Console(out: { output.append(out: $0) }, err: { output.append(err: $0) }, errorIsTerminal: false)
        let bar = ProgressBar(console: console, quiet: false, clock: { clock.now })
        let quiet = ProgressBar(console: console, quiet: true, clock: { clock.now })
        clock.now = 1.5
        bar.update(done: 3, total: 9)
        quiet.update(done: 3, total: 9)
        clock.now = 2
        bar.update(done: 4, total: 9)   // within 10 s of the last line: not printed
        #expect(output.err == "progress: 3/9 runs  33%  0.7 runs/s  about 9 s left\n")
    }

    @Test func theFirstInterruptionAsksToStop() {
        let interruption = Interruption()
        #expect(!interruption.isRequested)
        interruption.request()
        #expect(interruption.isRequested)
    }
}

final class Clock: @unchecked Sendable {
    private let lock = NSLock()
    private var time = 0.0
    var now: Double {
        get { lock.withLock { time } }
        set { lock.withLock { time = newValue } }
    }
}

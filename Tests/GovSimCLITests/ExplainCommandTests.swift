import Foundation
import GovSimCLI
import Testing

@Suite struct ExplainCommandTests {
    /// What an instructor reads before class: the story, the variants, the quotes with their
    /// translations, the claims with expected verdicts, the questions with answers.
    @Test func printsEverythingAnInstructorNeeds() {
        let result = Captured.run(["explain", "span-and-levels", "--width", "1000"])
        #expect(result.code == 0)
        let text = result.out
        for heading in ["WHAT TO NOTICE", "VARIANTS", "WORKLOAD AND RUN", "SOURCES", "CLAIMS THE RUN CHECKS",
                        "PREDICT BEFORE YOU RUN", "DISCUSS AFTER THE RUN", "RUN IT"] {
            #expect(text.contains("\n" + heading), "no \(heading)")
        }
        #expect(text.hasPrefix("span-and-levels: Fewer levels, wider spans"))
        #expect(text.contains("levels-2: 2 levels, 341 units, 341 staff, widest span 340"))
        #expect(text.contains("[002-span] 002_4e45d3798de698cc.txt"))
        #expect(text.contains("进一步减少管理层次"))
        #expect(text.contains("(Break the traditional 'pyramid'"))
        #expect(text.contains("three-to-two:"))
        #expect(text.contains("checks levels-2.turnaround.mean < levels-3.turnaround.mean; source 002-tall; expected verdict: unstable"))
        #expect(text.contains("Answer: "))
        #expect(text.contains("  govsim run span-and-levels"))
    }

    @Test func wrapsToTheWidthCountingChineseAsTwoColumns() {
        let result = Captured.run(["explain", "control-loss", "--width", "60"])
        #expect(result.code == 0)
        for line in result.out.split(separator: "\n") where !line.hasPrefix("(") {
            let columns = line.reduce(0) { $0 + (($1.unicodeScalars.first?.value ?? 0) >= 0x2E80 ? 2 : 1) }
            #expect(columns <= 60, "\(columns) columns: \(line)")
        }
    }

    @Test func unknownNameIsAUsageErrorWithAGuess() {
        let result = Captured.run(["explain", "control-los"])
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("govsim explain: no scenario file or bundled scenario named \"control-los\". Did you mean control-loss?"))
    }

    @Test func widthOutOfRangeIsAUsageError() {
        let result = Captured.run(["explain", "control-loss", "--width", "10"])
        #expect(result.code == 64)
        #expect(result.err == "govsim explain: --width expects an integer from 40 to 1000, got \"10\"\n")
    }
}

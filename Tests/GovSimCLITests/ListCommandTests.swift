import Foundation
import GovSimCLI
import Testing

@Suite struct ListCommandTests {
    @Test func listsEveryBundledScenarioOnOneLineWithItsTitle() {
        let result = Captured.run(["list"])
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n")
        for name in ["pyramid-vs-flat", "span-and-levels", "control-loss", "crisis-response", "load-crossover"] {
            #expect(lines.contains { $0.hasPrefix(name + " ") }, "\(name) missing from: \(result.out)")
        }
        #expect(lines.contains { $0.hasPrefix("control-loss") && $0.hasSuffix("Whispering down the lane: how much of a report survives each level") })
        #expect(!result.out.contains("does not load"))
        #expect(result.err.isEmpty)
    }

    @Test func takesNoArguments() {
        let result = Captured.run(["list", "pyramid-vs-flat"])
        #expect(result.code == 64)
        #expect(result.err == "govsim list: takes no arguments, got \"pyramid-vs-flat\" (govsim explain NAME describes one)\n")
    }
}

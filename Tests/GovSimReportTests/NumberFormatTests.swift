import GovSimEngine
import GovSimReport
import GovSimText
import Testing

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (2.5107, "2.51"), (0.857, "0.857"), (21_610.4, "21,610"), (0.0004, "0.0004"), (1_234_567.0, "1,234,567"),
        (-3.25, "-3.25"), (0, "0"), (Double.nan, "n/a"), (2e10, "2e+10"),
    ])
    func shortNumbersHaveThreeSignificantDigits(value: Double, text: String) {
        #expect(NumberFormat.short(value) == text)
    }

    /// The bounds get as many decimals as the interval's width needs, so they never round onto the mean.
    @Test func intervalsKeepEnoughDecimalsToDiffer() {
        let narrow = SummaryText.estimate(MetricSummary([2.509, 2.511, 2.513]))
        #expect(narrow.mean == "2.511")
        #expect(narrow.interval == "2.506 to 2.516")
        let counts = SummaryText.estimate(MetricSummary([21_540, 21_610, 21_680]))
        #expect(counts.mean == "21,610")
        #expect(counts.interval == "21,436 to 21,784")
        let single = SummaryText.estimate(MetricSummary([4.2]))
        #expect(single.mean == "4.2")
        #expect(single.interval == nil)
        let flat = SummaryText.estimate(MetricSummary([0, 0, 0]))
        #expect(flat.mean == "0")
        #expect(flat.interval == nil)
    }
}

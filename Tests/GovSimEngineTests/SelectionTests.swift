@testable import GovSimEngine
import GovSimModel
import Testing

/// Percentiles come from quickselect, each after the first looking right of the one before: they
/// must be exactly the values a full sort puts at those indices, ties and all.
@Suite struct SelectionTests {
    @Test(arguments: [(1, 1), (2, 7), (3, 1_000), (4, 10_001)] as [(UInt64, Int)])
    func quantilesMatchASort(seed: UInt64, count: Int) {
        var random = Xoshiro256StarStar(seed: seed)
        // Few distinct values for even seeds (many ties), continuous ones for odd.
        let values = (0..<count).map { _ in seed % 2 == 0 ? Double(random.next() % 13) : random.exponential(mean: 2) }
        let sorted = values.sorted()
        let fractions = [0.99, 0.5, 0.9, 0]
        let expected = fractions.map { sorted[Int($0 * Double(count - 1))] }
        #expect(Selection.quantiles(Column(values), fractions) == expected)
    }

    @Test func noValuesGiveNaN() {
        let result = Selection.quantiles(Column<Double>.empty(), [0.5])
        #expect(result.count == 1 && result[0].isNaN)
    }
}

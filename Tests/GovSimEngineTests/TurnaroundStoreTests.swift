@testable import GovSimEngine
import Foundation
import GovSimModel
import Testing

/// Turnaround percentiles: below the store's limit they must be `Selection`'s, bit for bit (every
/// bundled scenario keeps its outputs); past it, within a histogram bin (2^-13 relative) of the
/// exact order statistic, with the extremes exact.
@Suite struct TurnaroundStoreTests {
    static let fractions = [0.99, 0.5, 0, 0.9, 1, 0.25, 0.999, 0.001]

    /// The order statistic at `Int(p (n - 1))` of a full sort: `Selection`'s rule.
    static func sortedQuantiles(_ values: [Double], _ fractions: [Double]) -> [Double] {
        let sorted = values.sorted()
        return fractions.map { sorted[Int($0 * Double(sorted.count - 1))] }
    }

    static func store(_ values: [Double], exactLimit: Int) -> TurnaroundStore {
        let store = TurnaroundStore(exactLimit: exactLimit)
        store.reserve(values.count)
        for value in values { store.append(value) }
        return store
    }

    /// The largest relative error of `actual` against `expected` (0 where both are 0).
    static func maxRelativeError(_ actual: [Double], _ expected: [Double]) -> Double {
        zip(actual, expected).map { $0 == $1 ? 0 : abs($0 - $1) / abs($1) }.max() ?? 0
    }

    @Test(arguments: [(1, 0), (2, 1), (3, 2), (4, 2), (5, 7), (6, 1_000), (7, 10_001)] as [(UInt64, Int)])
    func belowTheLimitMatchesSelectionBitForBit(seed: UInt64, count: Int) {
        var random = Xoshiro256StarStar(seed: seed)
        // Even seeds: few distinct values, a third of them zero (ties); odd: continuous.
        let values = (0..<count).map { _ in
            seed % 2 == 0 ? Double(max(Int(random.next() % 9) - 3, 0)) : random.exponential(mean: 2)
        }
        let store = Self.store(values, exactLimit: 10_001)
        #expect(store.isExact && store.count == count)
        let expected = Selection.quantiles(Column(values), Self.fractions)
        #expect(store.quantiles(Self.fractions).map(\.bitPattern) == expected.map(\.bitPattern))
        if count > 0 { #expect(store.quantiles(Self.fractions) == Self.sortedQuantiles(values, Self.fractions)) }
    }

    @Test func pastTheLimitIsWithinABinOfTheSort() {
        var random = Xoshiro256StarStar(seed: 42)
        let values = (0..<200_000).map { _ in random.exponential(mean: 3) }
        let store = Self.store(values, exactLimit: 1_000)
        #expect(!store.isExact && store.count == values.count)
        let actual = store.quantiles(Self.fractions)
        let expected = Self.sortedQuantiles(values, Self.fractions)
        #expect(Self.maxRelativeError(actual, expected) <= 0x1p-13)
        #expect(store.quantiles([0, 1]) == [values.min()!, values.max()!])
        // Asking again gives the same answer (the histogram is not consumed).
        #expect(store.quantiles(Self.fractions) == actual)
    }

    @Test func theLimitItselfIsStillExact() {
        var random = Xoshiro256StarStar(seed: 9)
        let values = (0..<11).map { _ in random.uniform() * 100 }
        let store = Self.store(Array(values.prefix(10)), exactLimit: 10)
        #expect(store.isExact && store.count == 10)
        let exact = Selection.quantiles(Column(values.prefix(10)), Self.fractions)
        #expect(store.quantiles(Self.fractions).map(\.bitPattern) == exact.map(\.bitPattern))
        store.append(values[10])
        #expect(!store.isExact && store.count == 11)
        let expected = Self.sortedQuantiles(values, Self.fractions)
        #expect(Self.maxRelativeError(store.quantiles(Self.fractions), expected) <= 0x1p-13)
        #expect(store.quantiles([0, 1]) == [values.min()!, values.max()!])
    }

    @Test func aZeroLimitStartsInTheHistogram() {
        let store = TurnaroundStore(exactLimit: 0)
        #expect(store.isExact && store.count == 0 && store.quantiles([0.5])[0].isNaN)
        store.append(2.5)
        #expect(!store.isExact && store.count == 1 && store.quantiles([0, 0.5, 1]) == [2.5, 2.5, 2.5])
        #expect(store.quantiles([]).isEmpty)
    }

    @Test func manyOrdersOfMagnitude() {
        var random = Xoshiro256StarStar(seed: 7)
        let values = (0..<50_000).map { _ in pow(10, random.uniform() * 18 - 9) }
        let store = Self.store(values, exactLimit: 100)
        #expect(!store.isExact)
        let expected = Self.sortedQuantiles(values, Self.fractions)
        #expect(Self.maxRelativeError(store.quantiles(Self.fractions), expected) <= 0x1p-13)
        #expect(store.quantiles([0, 1]) == [values.min()!, values.max()!])
    }

    @Test(arguments: [0.0, 3.7, 1e-9, 1e9])
    func allEqualValuesComeBackExactly(value: Double) {
        let store = Self.store([Double](repeating: value, count: 5_000), exactLimit: 10)
        #expect(!store.isExact)
        #expect(store.quantiles(Self.fractions) == Self.fractions.map { _ in value })
    }

    @Test func zerosAmongOtherValuesComeBackAsZero() {
        var random = Xoshiro256StarStar(seed: 3)
        let values = (0..<10_000).map { index in index % 2 == 0 ? 0 : 1 + random.exponential(mean: 1) }
        let store = Self.store(values, exactLimit: 10)
        let expected = Self.sortedQuantiles(values, Self.fractions)
        let actual = store.quantiles(Self.fractions)
        #expect(actual[5] == 0 && actual[2] == 0 && actual[7] == 0)
        #expect(Self.maxRelativeError(actual, expected) <= 0x1p-13)
    }
}

@testable import GovSimEngine
import Testing

/// The tables' storage: small blocks from Swift's allocator, big ones mapped and grown by moving
/// pages. Either way, growing keeps every value.
@Suite struct LoopMemoryTests {
    @Test func aColumnKeepsItsValuesAsItGrowsPastTheMappedSize() {
        let column = Column<Int>.empty()
        let count = 3 * LoopMemory.mappedThreshold / MemoryLayout<Int>.stride  // 12 MiB: two remaps
        for value in 0..<count { column.append(value &* 2_654_435_761) }
        #expect(column.count == count)
        #expect((0..<count).allSatisfy { column[$0] == $0 &* 2_654_435_761 })
        #expect(Int(bitPattern: column.base) % LoopMemory.hugePage == 0, "mapped storage starts on a huge page")
        column.removeAll()
        #expect(column.count == 0)
        column.append(7)
        #expect(column[0] == 7)
    }

    @Test func reservingKeepsValuesFromSmallToMappedAndBetweenMappedSizes() {
        let column = Column<Double>(repeating: 0.5, count: 1000)
        column[999] = 42
        column.reserve(LoopMemory.mappedThreshold / 8 + 1)  // from Swift's allocator to a mapping
        #expect(column[999] == 42 && column[0] == 0.5)
        column.reserve(LoopMemory.mappedThreshold)  // from one mapping to a larger one
        #expect(column[999] == 42 && column[0] == 0.5 && column.count == 1000)
    }
}

@testable import GovSimEngine
import Testing

/// The event loop's records are sized for the cache (see their comments); a field added carelessly
/// would silently cost a cache miss per step at national scale, so the sizes are pinned here.
@Suite struct LayoutTests {
    @Test func recordsFitTheirCacheLines() {
        #expect(MemoryLayout<UnitRecord>.stride == 8)
        #expect(MemoryLayout<UnitSlot>.stride == 32)
        #expect(MemoryLayout<CaseRecord>.stride == 96)
        #expect(MemoryLayout<Event>.stride == 24)
    }
}

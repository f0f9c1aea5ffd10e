/// A fixed-address array of plain values owned by one simulation: the event loop reads and writes
/// it through a pointer, without the uniqueness check and copy-on-write of a Swift array.
///
/// Only for trivial (bitwise-copyable) elements. Indices are checked by `assert` in debug builds
/// (which the test suite runs) and unchecked in release builds, where the engine's speed is
/// measured against C; every index the engine uses comes from its own tables, never from input.
final class Column<Element>: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count: Int
    private var capacity: Int

    init(repeating value: Element, count: Int) {
        precondition(_isPOD(Element.self), "Column holds plain values only")
        capacity = max(count, 16)
        base = Self.allocate(capacity)
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    convenience init<S: Collection>(_ values: S) where S.Element == Element {
        guard let first = values.first else {
            self.init(empty: ())
            return
        }
        self.init(repeating: first, count: values.count)
        var index = 0
        for value in values { base[index] = value; index += 1 }
    }

    private init(empty: ()) {
        capacity = 16
        base = Self.allocate(capacity)
        count = 0
    }

    /// Storage starting on a cache-line boundary, so a 64-byte element sits in one line.
    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<Element> {
        LoopMemory.allocate(byteCount: capacity * MemoryLayout<Element>.stride, alignment: MemoryLayout<Element>.alignment)
            .bindMemory(to: Element.self, capacity: capacity)
    }

    static func empty() -> Column { Column(empty: ()) }

    deinit { LoopMemory.deallocate(base, byteCount: storageBytes) }

    /// The size of the storage, as ``LoopMemory`` was asked for it.
    private var storageBytes: Int { capacity * MemoryLayout<Element>.stride }

    /// In-place access: `column[i].field += 1` touches only that field.
    @inline(__always)
    subscript(index: Int) -> Element {
        unsafeAddress {
            assert(index >= 0 && index < count, "Column index out of range")
            return UnsafePointer(base + index)
        }
        unsafeMutableAddress {
            assert(index >= 0 && index < count, "Column index out of range")
            return base + index
        }
    }

    /// Adds one element, doubling the storage when full.
    /// - Complexity: amortised O(1).
    @inline(__always)
    func append(_ value: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: value)
        count += 1
    }

    @inline(__always)
    func removeLast() -> Element {
        assert(count > 0)
        count -= 1
        return base[count]
    }

    private func grow() { reserve(capacity * 2) }

    /// Makes room for `minimum` elements in all (never shrinks). A big column moves without
    /// copying (see ``LoopMemory``), so it never holds its old and new storage at once.
    func reserve(_ minimum: Int) {
        guard minimum > capacity else { return }
        base = LoopMemory.reallocate(base, byteCount: storageBytes, to: minimum * MemoryLayout<Element>.stride,
                                     alignment: MemoryLayout<Element>.alignment)
            .bindMemory(to: Element.self, capacity: minimum)
        capacity = minimum
    }

    /// Empties the column and gives its memory back.
    func removeAll() {
        LoopMemory.deallocate(base, byteCount: storageBytes)
        capacity = 16
        base = Self.allocate(capacity)
        count = 0
    }

    /// A Swift array copy of the contents (for results handed out of the simulation).
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

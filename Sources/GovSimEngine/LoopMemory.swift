import CLoopMemory
#if canImport(Glibc)
import Glibc
#endif

/// Memory for the event loop's tables (``Column`` and the event queue's buckets).
///
/// Small blocks come from Swift's allocator, aligned to a cache line. Blocks of 4 MiB or more
/// (millions of units or cases) are mapped from the kernel, for two reasons:
/// - They are read at random, a cache line here and one there; with 4 KiB pages nearly every
///   such read also missed the TLB. Mapped blocks are aligned to 2 MiB and marked for
///   transparent huge pages (`madvise`, where the kernel offers it: Linux with THP in "madvise"
///   mode, as on these machines), which cuts those misses by a factor of 512.
/// - They grow without copying: `mremap` moves their pages to a larger range. Growing by copy
///   held the old and the new storage at once; at 2.4 million units the case records' last
///   doubling alone held 268 MB twice, and made a third of the run's peak memory.
///
/// Whether a block is mapped follows from its size alone, so every call names the size it was
/// given (sizes only grow, and a block of 4 MiB or more is never reallocated smaller).
enum LoopMemory {
    static let hugePage = 2 << 20
    /// Blocks this large or larger are mapped.
    static let mappedThreshold = 2 * hugePage

    static func allocate(byteCount: Int, alignment: Int) -> UnsafeMutableRawPointer {
        guard isMapped(byteCount) else {
            return .allocate(byteCount: max(byteCount, 1), alignment: max(64, alignment))
        }
        let size = mappedSize(byteCount)
        let region = reserve(size)
        #if canImport(Glibc)
        guard mprotect(region, size, PROT_READ | PROT_WRITE) == 0 else { outOfMemory(size) }
        _ = madvise(region, size, MADV_HUGEPAGE)
        #endif
        return region
    }

    static func deallocate<T>(_ pointer: UnsafeMutablePointer<T>, byteCount: Int) {
        deallocate(UnsafeMutableRawPointer(pointer), byteCount: byteCount)
    }

    static func deallocate(_ pointer: UnsafeMutableRawPointer, byteCount: Int) {
        guard isMapped(byteCount) else { return pointer.deallocate() }
        #if canImport(Glibc)
        _ = munmap(pointer, mappedSize(byteCount))
        #endif
    }

    /// A block of `newByteCount` bytes (larger) holding the first `byteCount` bytes of `pointer`,
    /// which is given up. A mapped block's pages are moved, not copied.
    static func reallocate<T>(_ pointer: UnsafeMutablePointer<T>, byteCount: Int, to newByteCount: Int,
                              alignment: Int) -> UnsafeMutableRawPointer {
        let old = UnsafeMutableRawPointer(pointer)
        #if canImport(Glibc)
        if isMapped(byteCount) {
            let size = mappedSize(newByteCount)
            let target = reserve(size)
            guard let moved = govsim_move_mapping(old, mappedSize(byteCount), size, target), moved != MAP_FAILED else {
                outOfMemory(size)
            }
            _ = madvise(moved, size, MADV_HUGEPAGE)
            return moved
        }
        #endif
        let larger = allocate(byteCount: newByteCount, alignment: alignment)
        larger.copyMemory(from: old, byteCount: byteCount)
        deallocate(old, byteCount: byteCount)
        return larger
    }

    @inline(__always)
    private static func isMapped(_ byteCount: Int) -> Bool {
        #if canImport(Glibc)
        return byteCount >= mappedThreshold
        #else
        return false
        #endif
    }

    /// Mapped sizes are whole huge pages.
    private static func mappedSize(_ byteCount: Int) -> Int { (byteCount + hugePage - 1) & ~(hugePage - 1) }

    #if canImport(Glibc)
    /// An inaccessible range of `size` bytes starting on a 2 MiB boundary: a larger range is
    /// reserved and its ends are given back. It costs address space only.
    private static func reserve(_ size: Int) -> UnsafeMutableRawPointer {
        guard let raw = mmap(nil, size + hugePage, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0),
              raw != MAP_FAILED else { outOfMemory(size) }
        let start = Int(bitPattern: raw)
        let aligned = (start + hugePage - 1) & ~(hugePage - 1)
        if aligned > start { _ = munmap(raw, aligned - start) }
        let tail = start + size + hugePage - (aligned + size)
        if tail > 0 { _ = munmap(UnsafeMutableRawPointer(bitPattern: aligned + size), tail) }
        return UnsafeMutableRawPointer(bitPattern: aligned)!
    }
    #else
    private static func reserve(_ size: Int) -> UnsafeMutableRawPointer { fatalError("mapped blocks need Linux") }
    #endif

    /// The event loop cannot go on without its tables; the size check before a run (about 300
    /// bytes a unit) keeps ordinary scenarios far from this.
    private static func outOfMemory(_ size: Int) -> Never {
        fatalError("GovSim ran out of memory growing a simulation table to \(size >> 20) MiB")
    }
}

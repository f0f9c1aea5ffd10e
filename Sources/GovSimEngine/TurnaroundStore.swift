/// Every measured case's turnaround, kept for the run's percentiles in bounded memory.
///
/// Up to `exactLimit` values are kept exactly in a ``Column`` and ``quantiles(_:)`` is
/// ``Selection/quantiles(_:_:)`` on them, so runs of that size give bit-identical results to
/// keeping every value. Past the limit a column of every value grew without bound (16.5 million
/// cases held 126 MiB), so the values move into a log-linear histogram whose size depends only on
/// the range of values, not their number, and the column's memory is given back.
///
/// The histogram's key is `value.bitPattern >> 39`: the 11 exponent bits and the top 13 mantissa
/// bits. For non-negative doubles the bit pattern orders like the value, so bins are monotone in
/// value, each 2^-13 wide relative to its values, and a bin's midpoint lies within 2^-14 relative
/// of everything in it. Counts live in blocks of 8192 per exponent (64 KiB), allocated when the
/// first value with that exponent arrives; the table of block pointers is indexed by exponent, so
/// an append is a shift, a load and an increment.
///
/// Turnarounds are non-negative and finite. Other inputs assert in debug builds; in release
/// builds negative values, -0.0 and NaN count as 0 (bin 0) and +infinity lands in the top
/// exponent's block and reads back as +infinity, so a bad value skews a percentile, never crashes.
final class TurnaroundStore: @unchecked Sendable {
    private static let keyShift: UInt64 = 39
    private static let binsPerExponent = 1 << 13
    private static let exponents = 1 << 11

    let exactLimit: Int
    /// The exact values; emptied (and its memory freed) when the histogram takes over.
    private let exact = Column<Double>.empty()
    /// Histogram blocks by exponent; nil until the store leaves exact mode.
    private var blocks: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>?>?
    private var histogramCount = 0
    /// The smallest and largest values seen (after clamping), for exact p0 and p100 and to keep
    /// bin midpoints inside the data (all-equal values and zeros come back exactly).
    private var minimum = Double.infinity, maximum = -Double.infinity

    init(exactLimit: Int = 1 << 22) {
        precondition(exactLimit >= 0)
        self.exactLimit = exactLimit
    }

    deinit {
        guard let blocks else { return }
        for exponent in 0..<Self.exponents { blocks[exponent]?.deallocate() }
        blocks.deallocate()
    }

    /// Room for `n` values up front, but never more than the exact column can ever hold.
    func reserve(_ n: Int) {
        if isExact { exact.reserve(min(n, exactLimit)) }
    }

    var isExact: Bool { blocks == nil }

    var count: Int { blocks == nil ? exact.count : histogramCount }

    @inline(__always)
    func append(_ value: Double) {
        if let blocks { return record(value, in: blocks) }
        if exact.count < exactLimit { return exact.append(value) }
        spill()
        record(value, in: blocks!)
    }

    /// Leaves exact mode: every kept value goes into the histogram and the column is freed.
    @inline(never)
    private func spill() {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<UInt64>?>.allocate(capacity: Self.exponents)
        table.initialize(repeating: nil, count: Self.exponents)
        blocks = table
        for index in 0..<exact.count { record(exact[index], in: table) }
        exact.removeAll()
    }

    @inline(__always)
    private func record(_ value: Double, in table: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>?>) {
        assert(value >= 0, "turnaround must be non-negative and not NaN")
        // `> 0` is false for NaN, negatives and -0.0 (whose sign bit would index past the table).
        let clamped = value > 0 ? value : 0
        if clamped < minimum { minimum = clamped }
        if clamped > maximum { maximum = clamped }
        let bits = clamped.bitPattern
        let exponent = Int(truncatingIfNeeded: bits >> 52)
        let bin = Int(truncatingIfNeeded: (bits >> Self.keyShift) & UInt64(Self.binsPerExponent - 1))
        if let block = table[exponent] {
            block[bin] &+= 1
        } else {
            newBlock(exponent, in: table)[bin] = 1
        }
        histogramCount &+= 1
    }

    @inline(never)
    private func newBlock(_ exponent: Int,
                          in table: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>?>) -> UnsafeMutablePointer<UInt64> {
        let block = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.binsPerExponent)
        block.initialize(repeating: 0, count: Self.binsPerExponent)
        table[exponent] = block
        return block
    }

    /// The values at the given fractions of the sorted order, by ``Selection``'s rule: the order
    /// statistic at index `Int(p * (n - 1))` (rounded down, no interpolation); NaN for no values.
    /// Exact mode calls ``Selection/quantiles(_:_:)`` itself (which reorders the kept values).
    /// In histogram mode the order statistic is replaced by the midpoint of the bin holding that
    /// rank, kept within [minimum, maximum]; ranks 0 and n - 1 are the exact extremes. Ranks
    /// outside 0..<n (fractions outside [0, 1]) are clamped to the nearest end.
    func quantiles(_ ps: [Double]) -> [Double] {
        guard let blocks else { return Selection.quantiles(exact, ps) }
        let n = histogramCount
        guard n > 0, !ps.isEmpty else { return ps.map { _ in .nan } }
        let ranks = ps.map { min(max(Int($0 * Double(n - 1)), 0), n - 1) }
        var results = [Double](repeating: .nan, count: ps.count)
        let order = ranks.indices.sorted { ranks[$0] < ranks[$1] }
        var next = 0
        var below = 0 // values in the bins already walked
        walk: for exponent in 0..<Self.exponents {
            guard let block = blocks[exponent] else { continue }
            for bin in 0..<Self.binsPerExponent where block[bin] != 0 {
                below += Int(block[bin])
                while ranks[order[next]] < below {
                    results[order[next]] = value(rank: ranks[order[next]], exponent: exponent, bin: bin, n: n)
                    next += 1
                    if next == order.count { break walk }
                }
            }
        }
        return results
    }

    private func value(rank: Int, exponent: Int, bin: Int, n: Int) -> Double {
        if rank == 0 { return minimum }
        if rank == n - 1 { return maximum }
        if exponent == Self.exponents - 1 { return .infinity }
        let key = UInt64(exponent) << 13 | UInt64(bin)
        // Bin 0 holds 0 and the tiniest subnormals: read it as 0 (then clamped up to the minimum).
        let midpoint = key == 0 ? 0 : Double(bitPattern: key << Self.keyShift | 1 << (Self.keyShift - 1))
        return min(max(midpoint, minimum), maximum)
    }
}

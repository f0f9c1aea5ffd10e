import Foundation

/// Exponential variates by the ziggurat method (Marsaglia and Tsang 2000), with 256 layers.
///
/// Why not inversion (`-log1p(-U)`): the logarithm cost about 70 instructions a draw, a tenth of
/// the event loop at 781 units, where every service and every arrival draws one. The ziggurat
/// covers the density with 256 layers of equal area; a draw picks a layer and a point in it from
/// one 64-bit number, and 98.9% of the time the point is under the curve at once: a table load, a
/// multiplication and a comparison. The rest (the wedges at the layers' right edges, and the tail
/// beyond the base layer) are exact too, so the variates are exactly exponential, like inversion's.
///
/// The tables follow from the two constants of the paper (the base layer's right edge `r` and the
/// common area `v`), computed once with the platform's `exp` and `log`: the same on every run.
public enum ExponentialZiggurat {
    /// Right edge of the base layer: beyond it lies the tail.
    public static let r = 7.69711747013104972
    /// Area of each layer (the base layer's includes the tail).
    static let v = 0.0039496598225815571993

    /// x[0...256], then f[0...256] = exp(-x[i]): layer i spans heights f[i] to f[i + 1] and, in
    /// its full-width part, x from 0 to x[i + 1]. One block, allocated once, never freed and
    /// never written after it is filled (hence safe to share across threads).
    @usableFromInline nonisolated(unsafe) static let table: UnsafePointer<Double> = {
        let x = UnsafeMutablePointer<Double>.allocate(capacity: 514)
        x[0] = v / exp(-r)
        x[1] = r
        for i in 2..<256 { x[i] = -log(v / x[i - 1] + exp(-x[i - 1])) }
        x[256] = 0
        for i in 0...256 { x[257 + i] = exp(-x[i]) }
        return UnsafePointer(x)
    }()

    /// A standard exponential variate (mean 1), drawing one 64-bit number 98.9% of the time.
    @inlinable @inline(__always)
    public static func sample(_ rng: inout Xoshiro256StarStar) -> Double {
        let x = table, f = table + 257
        while true {
            let bits = rng.next()
            let layer = Int(truncatingIfNeeded: bits & 0xff)
            // The top 53 bits, apart from the layer's 8: a uniform in [0, 1).
            let point = Double(bits >> 11) * 0x1.0p-53 * x[layer]
            if point < x[layer + 1] { return point }
            if let value = edge(layer, point, f, &rng) { return value }
        }
    }

    /// The rare cases, out of line: the tail beyond `r` (base layer), or a point in a layer's
    /// wedge, kept when it lies under the curve (else nil: draw again).
    @usableFromInline @inline(never)
    static func edge(_ layer: Int, _ point: Double, _ f: UnsafePointer<Double>, _ rng: inout Xoshiro256StarStar) -> Double? {
        // The tail is memoryless: r plus a standard exponential (U in (0, 1], so log is finite).
        if layer == 0 { return r - log(1 - rng.uniform()) }
        let height = f[layer] + (f[layer + 1] - f[layer]) * rng.uniform()
        return height < exp(-point) ? point : nil
    }
}

import Foundation
@testable import GovSimModel
import Testing

/// The ziggurat must give exactly exponential variates: every service and arrival time rests on it.
@Suite struct ExponentialZigguratTests {
    /// The layers have equal areas, and their edges fall from the base layer's to 0.
    @Test func layersHaveEqualAreas() {
        let x = ExponentialZiggurat.table, f = ExponentialZiggurat.table + 257
        #expect(x[1] == ExponentialZiggurat.r && x[256] == 0)
        #expect((0..<256).allSatisfy { x[$0] > x[$0 + 1] })
        let base = x[0] * f[1]  // the base layer: below f(r) = f[1], out to x[0] (its tail included)
        for layer in 1..<256 {
            let area = x[layer] * (f[layer + 1] - f[layer])
            #expect(abs(area - base) < 1e-12, "layer \(layer): area \(area), base \(base)")
        }
        #expect(abs(base - 0.0039496598225815571993) < 1e-15)
    }

    /// A million draws: mean, variance, the Kolmogorov-Smirnov distance to 1 - exp(-x), and the
    /// share beyond the base layer (the tail, drawn by its own path) all as an exponential's.
    @Test(arguments: [1, 2] as [UInt64])
    func drawsAreExponential(seed: UInt64) {
        var rng = Xoshiro256StarStar(seed: seed)
        let n = 1_000_000
        var values = (0..<n).map { _ in ExponentialZiggurat.sample(&rng) }
        let mean = values.reduce(0, +) / Double(n)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        #expect(abs(mean - 1) < 0.005)  // 5 standard errors
        #expect(abs(variance - 1) < 0.015)
        let tail = values.filter { $0 > ExponentialZiggurat.r }.count
        let expectedTail = Double(n) * exp(-ExponentialZiggurat.r)  // about 454
        #expect(abs(Double(tail) - expectedTail) < 5 * expectedTail.squareRoot())
        values.sort()
        var distance = 0.0
        for (index, value) in values.enumerated() {
            let cdf = -expm1(-value)
            distance = max(distance, abs(cdf - Double(index) / Double(n)), abs(cdf - Double(index + 1) / Double(n)))
        }
        #expect(distance < 1.63 / Double(n).squareRoot())  // rejected at the 1% level above this
        #expect(values.first! >= 0)
    }

    /// Scaled by the mean, and the same stream for the same seed.
    @Test func meanScalesAndSeedsRepeat() {
        var a = Xoshiro256StarStar(seed: 9), b = Xoshiro256StarStar(seed: 9)
        let first = (0..<1_000).map { _ in a.exponential(mean: 3) }
        let second = (0..<1_000).map { _ in ExponentialZiggurat.sample(&b) * 3 }
        #expect(first == second)
    }
}

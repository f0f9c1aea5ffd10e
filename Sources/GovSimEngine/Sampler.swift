import Foundation
import GovSimModel

/// A ``Distribution`` compiled for the event loop: a tag and two parameters, no indirection.
package struct Sampler: Hashable, Sendable {
    @usableFromInline enum Kind: UInt8, Sendable { case constant, exponential, lognormal }

    @usableFromInline let kind: Kind
    /// Constant: the value. Exponential: the mean. Log-normal: mu of the underlying normal.
    @usableFromInline let a: Double
    /// Log-normal: sigma of the underlying normal.
    @usableFromInline let b: Double

    package init(_ distribution: Distribution) {
        switch distribution {
        case .deterministic(let value): (kind, a, b) = (.constant, value, 0)
        case .exponential(let mean): (kind, a, b) = mean > 0 ? (.exponential, mean, 0) : (.constant, 0, 0)
        case .lognormal(let mean, let cv):
            if mean <= 0 || cv <= 0 {
                (kind, a, b) = (.constant, max(mean, 0), 0)
            } else {
                // Moments of the log-normal: sigma^2 = ln(1 + cv^2), mu = ln(mean) - sigma^2 / 2.
                let variance = log1p(cv * cv)
                (kind, a, b) = (.lognormal, log(mean) - variance / 2, variance.squareRoot())
            }
        }
    }

    /// True when every draw is 0: the hand-over needs no event at all.
    @inlinable package var isZero: Bool { kind == .constant && a == 0 }

    @inlinable @inline(__always)
    package func sample(_ rng: inout Xoshiro256StarStar) -> Double {
        switch kind {
        case .constant: return a
        case .exponential: return rng.exponential(mean: a)
        case .lognormal: return exp(a + b * rng.standardNormal())
        }
    }
}

import Foundation

/// xoshiro256** (Blackman and Vigna 2018): the generator behind every random draw in a simulation.
///
/// Fast, 256 bits of state, and fully specified, so a seed gives the same stream on every platform
/// and Swift version (unlike `SystemRandomNumberGenerator`, which the engine never uses).
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    @usableFromInline var s0, s1, s2, s3: UInt64

    /// Seeds the four state words from SplitMix64, as the authors recommend.
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next(); s1 = mixer.next(); s2 = mixer.next(); s3 = mixer.next()
    }

    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inlinable @inline(__always)
    func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform double in [0, 1) with 53 random bits.
    @inlinable @inline(__always)
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// An exponential variate with the given mean (ziggurat: see ``ExponentialZiggurat``).
    @inlinable @inline(__always)
    public mutating func exponential(mean: Double) -> Double {
        mean * ExponentialZiggurat.sample(&self)
    }

    /// A standard normal variate (Box-Muller; one of the pair is discarded to keep no state).
    @inlinable
    public mutating func standardNormal() -> Double {
        let u1 = 1.0 - uniform()            // (0, 1]: log is finite
        let u2 = uniform()
        return (-2.0 * log(u1)).squareRoot() * cos(2.0 * Double.pi * u2)
    }
}

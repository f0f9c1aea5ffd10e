/// SplitMix64 (Steele, Lea and Flood 2014): a tiny generator used only to turn one seed into the
/// well-mixed state words of ``Xoshiro256StarStar`` and to derive independent stream seeds.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    @usableFromInline var state: UInt64

    public init(seed: UInt64) { state = seed }

    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A seed for stream `label` of replication `replication` under the scenario seed `seed`.
    ///
    /// Seeds depend only on these three numbers, never on the order in which work is executed,
    /// so a replication gives the same numbers on one thread, on many, or on another machine.
    public static func streamSeed(seed: UInt64, replication: UInt64, stream: UInt64) -> UInt64 {
        var mixer = SplitMix64(seed: seed)
        var value = mixer.next() ^ (replication &* 0xD1B5_4A32_D192_ED03)
        mixer = SplitMix64(seed: value)
        value = mixer.next() ^ (stream &* 0x8CB9_2BA7_2F3D_8DD7)
        mixer = SplitMix64(seed: value)
        return mixer.next()
    }
}

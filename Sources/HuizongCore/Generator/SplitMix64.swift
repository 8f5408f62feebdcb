/// SplitMix64 (Steele, Lea and Flood, 2014): a small, fast generator whose output depends
/// only on its seed, so generated data are the same on every machine and Swift version
/// (the standard library's generators promise no such thing).
public struct SplitMix64: Sendable {
    /// The generator's whole state.
    public private(set) var state: UInt64

    /// A generator started at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0); the modulo bias is negligible for the bounds used here.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A number in `0..<bound` (`bound` > 0).
    public mutating func below(_ bound: Int64) -> Int64 {
        Int64(next() % UInt64(bound))
    }

    /// True with a probability of `percent` in 100.
    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// An independent stream for item `index` of a seed: the same whichever order items are made in.
    public static func stream(seed: UInt64, index: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03)
        return SplitMix64(seed: mixer.next())
    }
}

/// SipHash-2-4 (Aumasson and Bernstein), a keyed 64-bit pseudorandom function: what the page tokens
/// are encrypted and authenticated with. Small enough to keep here rather than add a crypto library.
struct SipHash: Sendable, Equatable {
    let k0: UInt64
    let k1: UInt64

    /// The 64-bit tag of `message` under this key.
    func hash(_ message: some Collection<UInt8>) -> UInt64 {
        var v0: UInt64 = 0x736f_6d65_7073_6575 ^ k0
        var v1: UInt64 = 0x646f_7261_6e64_6f6d ^ k1
        var v2: UInt64 = 0x6c79_6765_6e65_7261 ^ k0
        var v3: UInt64 = 0x7465_6462_7974_6573 ^ k1
        func round() {
            v0 &+= v1; v1 = v1.rotatedLeft(13); v1 ^= v0; v0 = v0.rotatedLeft(32)
            v2 &+= v3; v3 = v3.rotatedLeft(16); v3 ^= v2
            v0 &+= v3; v3 = v3.rotatedLeft(21); v3 ^= v0
            v2 &+= v1; v1 = v1.rotatedLeft(17); v1 ^= v2; v2 = v2.rotatedLeft(32)
        }
        func absorb(_ word: UInt64) {
            v3 ^= word
            round(); round()
            v0 ^= word
        }
        var word: UInt64 = 0
        var filled = 0
        for byte in message {
            word |= UInt64(byte) << (8 * UInt64(filled))
            filled += 1
            if filled == 8 {
                absorb(word)
                word = 0
                filled = 0
            }
        }
        absorb(word | UInt64(truncatingIfNeeded: message.count) << 56)
        v2 ^= 0xff
        round(); round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }
}

extension UInt64 {
    func rotatedLeft(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }

    /// The eight bytes, least significant first.
    var littleEndianBytes: [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: self >> (8 * $0)) } }
}

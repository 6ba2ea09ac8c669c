import Crypto

/// A keyed 64-bit pseudorandom function: HMAC-SHA-256 (swift-crypto) of the message, cut to its
/// first eight bytes. The page tokens are encrypted (as the round function of a Feistel network)
/// and authenticated (as their tag) with it.
struct KeyedHash: Sendable, Equatable {
    let k0: UInt64
    let k1: UInt64
    /// The HMAC with the key already hashed in, made once and copied for each code (a page of a list
    /// seals a token with five): keying an HMAC was half of each code's cost.
    private let keyed: HMAC<SHA256>

    init(k0: UInt64, k1: UInt64) {
        self.k0 = k0
        self.k1 = k1
        keyed = HMAC<SHA256>(key: SymmetricKey(data: k0.littleEndianBytes + k1.littleEndianBytes))
    }

    static func == (left: KeyedHash, right: KeyedHash) -> Bool {
        left.k0 == right.k0 && left.k1 == right.k1
    }

    /// The 64-bit code of `message` under this key.
    func hash(_ message: some Collection<UInt8>) -> UInt64 {
        var hmac = keyed
        hmac.update(data: Array(message))
        return hmac.finalize().prefix(8).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}

extension UInt64 {
    /// The eight bytes, least significant first.
    var littleEndianBytes: [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: self >> (8 * $0)) } }
}

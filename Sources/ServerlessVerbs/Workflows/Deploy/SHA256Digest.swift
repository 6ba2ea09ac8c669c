import Crypto
import Foundation

/// SHA-256 of a byte string, as lower-case hex (swift-crypto). Used by `deploy` to decide whether a
/// file's content is the content of an uploaded version.
enum SHA256Digest {
    /// The digest of `data` as 64 lower-case hexadecimal digits.
    static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}

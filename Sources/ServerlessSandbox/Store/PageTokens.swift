import Foundation
import GRDB

/// Seals paging cursors into opaque `PageToken`s and opens them again. A token holds the cursor's
/// position encrypted (a keyed 64-bit permutation) and a tag binding it to one account and one list,
/// so it tells nothing (not even how many rows other accounts created) and works nowhere else. The
/// key is kept in the database, so tokens outlive a restart.
struct PageTokenSealer: Sendable {
    let key: KeyedHash
    /// The key of the tags, derived from `key`.
    private let tagKey: KeyedHash

    init(key: KeyedHash) {
        self.key = key
        tagKey = KeyedHash(k0: key.k0 ^ 0x5a5a_5a5a_5a5a_5a5a, k1: key.k1)
    }

    /// The cursor as a token for this account's list at `list` (its path without `/v1`).
    func seal(_ cursor: PageCursor, account: String, list: String) -> String {
        let (direction, position) = cursor.parts
        let tweak = Self.tweak(account: account, list: list)
        let hidden = permute(UInt64(bitPattern: position), tweak: tweak, inverse: false)
        let bytes = [direction] + hidden.littleEndianBytes + tag(direction: direction, hidden: hidden, tweak: tweak).littleEndianBytes
        return "PT" + Self.base64URL(bytes)
    }

    /// The cursor in a token sealed for this account's list; nil for anything else.
    func open(_ token: String, account: String, list: String) -> PageCursor? {
        guard token.hasPrefix("PT"), let bytes = Self.bytes(base64URL: token.dropFirst(2)), bytes.count == 17 else { return nil }
        let direction = bytes[0]
        let hidden = Self.word(bytes[1..<9])
        let tweak = Self.tweak(account: account, list: list)
        guard Self.word(bytes[9..<17]) == tag(direction: direction, hidden: hidden, tweak: tweak) else { return nil }
        let position = Int64(bitPattern: permute(hidden, tweak: tweak, inverse: true))
        return PageCursor(direction: direction, position: position)
    }

    private static func tweak(account: String, list: String) -> [UInt8] {
        Array(account.utf8) + [0] + Array(list.utf8)
    }

    private func tag(direction: UInt8, hidden: UInt64, tweak: [UInt8]) -> UInt64 {
        tagKey.hash([1, direction] + hidden.littleEndianBytes + tweak)
    }

    /// A four-round Feistel network on two 32-bit halves, HMAC-SHA-256 as the round function.
    private func permute(_ value: UInt64, tweak: [UInt8], inverse: Bool) -> UInt64 {
        var left = UInt32(truncatingIfNeeded: value >> 32)
        var right = UInt32(truncatingIfNeeded: value)
        let rounds: [UInt8] = inverse ? [3, 2, 1, 0] : [0, 1, 2, 3]
        func mix(_ half: UInt32, _ round: UInt8) -> UInt32 {
            UInt32(truncatingIfNeeded: key.hash([0, round] + UInt64(half).littleEndianBytes + tweak))
        }
        for round in rounds {
            if inverse {
                (left, right) = (right ^ mix(left, round), left)
            } else {
                (left, right) = (right, left ^ mix(right, round))
            }
        }
        return UInt64(left) << 32 | UInt64(right)
    }

    private static func word(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let base64URLDigits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Base64url without padding, written by hand: every first page of a list seals a token.
    static func base64URL(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = 0
            for offset in 0..<3 { group = group << 8 | (offset < count ? Int(bytes[index + offset]) : 0) }
            for digit in 0...count { text.append(base64URLDigits[(group >> (18 - 6 * digit)) & 0x3F]) }
            index += 3
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func bytes(base64URL text: Substring) -> [UInt8]? {
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        standard += String(repeating: "=", count: (4 - standard.count % 4) % 4)
        return Data(base64Encoded: standard).map(Array.init)
    }
}

extension PageCursor {
    var parts: (direction: UInt8, position: Int64) {
        switch self {
        case let .after(position): (0, position)
        case let .before(position): (1, position)
        }
    }

    init?(direction: UInt8, position: Int64) {
        switch direction {
        case 0: self = .after(position)
        case 1: self = .before(position)
        default: return nil
        }
    }
}

extension SandboxStore {
    /// The sealer with this database's key, made (random, or from the seed) on first use.
    func pageTokenSealer() async throws -> PageTokenSealer {
        let seed = minter.seed
        return try await write { db in
            func stored(_ name: String) throws -> UInt64 {
                if let value = try Int64.fetchOne(db, sql: "SELECT value FROM sandbox_state WHERE key = ?", arguments: [name]) {
                    return UInt64(bitPattern: value)
                }
                var mixer = SplitMix64(state: seed.map { $0 ^ (name.hasSuffix("0") ? 0x7061_6765 : 0x746f_6b65) } ?? 0)
                var random = SystemRandomNumberGenerator()
                let value: UInt64 = seed == nil ? random.next() : mixer.next()
                try db.execute(sql: "INSERT INTO sandbox_state (key, value) VALUES (?, ?)", arguments: [name, Int64(bitPattern: value)])
                return value
            }
            return PageTokenSealer(key: KeyedHash(k0: try stored("page_token_key_0"), k1: try stored("page_token_key_1")))
        }
    }
}

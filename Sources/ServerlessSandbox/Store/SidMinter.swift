import GRDB

/// Issues new SIDs: random ones, or with a seed a deterministic stream that continues across restarts
/// (its position is kept in the database, in the same transaction that stores the new record).
struct SidMinter: Sendable {
    let seed: UInt64?

    func mint(_ prefix: SidPrefix, in db: Database) throws -> String {
        let high: UInt64
        let low: UInt64
        if let seed {
            let position = try nextPosition(in: db)
            // Each position starts its own stream, so no two SIDs share digits.
            var mixer = SplitMix64(state: seed)
            mixer.state = mixer.next() &+ position &* 0xD1B5_4A32_D192_ED03
            high = mixer.next()
            low = mixer.next()
        } else {
            var generator = SystemRandomNumberGenerator()
            high = generator.next()
            low = generator.next()
        }
        return prefix.rawValue + Self.hex(high) + Self.hex(low)
    }

    private func nextPosition(in db: Database) throws -> UInt64 {
        let current = try Int64.fetchOne(db, sql: "SELECT value FROM sandbox_state WHERE key = 'sid_counter'") ?? 0
        try db.execute(
            sql: "INSERT INTO sandbox_state (key, value) VALUES ('sid_counter', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [current + 1]
        )
        return UInt64(bitPattern: current + 1)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// The SplitMix64 generator: small, fast and well mixed, for reproducible SIDs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import Foundation
@testable import ServerlessSandbox
import Testing

/// A property test: random Unicode text (NUL, controls, combining marks, 4-byte characters, RTL,
/// `+&=%`) sent through every free-text field comes back exactly, or is refused with 20001 — and
/// refused only when it holds a NUL or is longer than the field allows.
@Suite("Unicode round trip")
struct UnicodeRoundTripTests {
    /// Scalar ranges the generator draws from, each about equally often.
    static let pools: [ClosedRange<UInt32>] = [
        0x00...0x00, 0x01...0x1F, 0x20...0x7E, 0x300...0x36F, 0xA0...0x7FF, 0x4E00...0x9FFF,
        0x0590...0x05FF, 0x1F300...0x1FAFF, 0x10000...0x10FFF, 0xFFF0...0xFFFD,
    ]

    static func randomText(_ generator: inout SplitMix64, maxScalars: Int) -> String {
        let length = Int(generator.next() % UInt64(maxScalars + 1))
        var scalars = String.UnicodeScalarView()
        while scalars.count < length {
            let pool = pools[Int(generator.next() % UInt64(pools.count))]
            let value = pool.lowerBound + UInt32(generator.next() % UInt64(pool.count))
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// The scalars themselves: `String ==` would take canonically equivalent text as equal.
    static func scalars(_ text: String?) -> [Unicode.Scalar] { Array((text ?? "\u{FFFF}").unicodeScalars) }

    @Test func everyTextFieldKeepsTextExactlyOrRefusesIt() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let environment = try sandbox.expect(201, "environment", try await sandbox.send(.POST, "/v1/Services/\(service)/Environments", form: [("UniqueName", "dev")])).string("sid") ?? ""
            var generator = SplitMix64(state: 0x5EED_0011)
            var accepted = 0
            var refused = 0
            for round in 0..<60 {
                let text = Self.randomText(&generator, maxScalars: round % 3 == 0 ? 300 : 24)
                let hasNUL = text.unicodeScalars.contains("\u{0}")
                let key = "k\(round)-" + text
                // Each free-text field: its path, form, the JSON key it comes back under, the text
                // sent in it, and whether that fits the length Twilio documents for it.
                let cases: [(path: String, form: [(String, String)], key: String, sent: String, fits: Bool)] = [
                    ("/v1/Services/\(service)/Functions", [("FriendlyName", text)], "friendly_name", text, text.count <= 255),
                    ("/v1/Services/\(service)/Assets", [("FriendlyName", text)], "friendly_name", text, text.count <= 255),
                    ("/v1/Services/\(service)", [("FriendlyName", text)], "friendly_name", text, text.count <= 255),
                    ("/v1/Services/\(service)/Environments/\(environment)/Variables", [("Key", "k\(round)"), ("Value", text)], "value", text, text.utf8.count <= 450),
                    ("/v1/Services/\(service)/Environments/\(environment)/Variables", [("Key", key), ("Value", "v")], "key", key, key.count <= 128),
                ]
                for item in cases where !text.isEmpty {
                    let response = try await sandbox.send(.POST, item.path, form: item.form)
                    let sent = item.sent
                    if hasNUL || !item.fits {
                        #expect(response.status == 400, "round \(round) \(item.key): \(response.text)")
                        #expect(response.code == 20001)
                        refused += 1
                        continue
                    }
                    #expect(response.status == 201 || response.status == 200, "round \(round) \(item.key): \(response.text)")
                    #expect(Self.scalars(response.string(item.key)) == Self.scalars(sent), "round \(round) \(item.key) in the create response")
                    let url = try #require(response.string("url"))
                    let fetched = try await sandbox.send(.GET, url)
                    #expect(Self.scalars(fetched.string(item.key)) == Self.scalars(sent), "round \(round) \(item.key) fetched again")
                    accepted += 1
                }
            }
            #expect(accepted > 50)
            #expect(refused > 10)
        }
    }

    @Test func uploadedPathsKeepTextExactly() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let function = try await sandbox.createFunction(service)
            var generator = SplitMix64(state: 42)
            for round in 0..<20 {
                let text = "/" + Self.randomText(&generator, maxScalars: 20).replacingOccurrences(of: "\u{0}", with: "")
                    .replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
                let response = try await sandbox.upload("/v1/Services/\(service)/Functions/\(function)/Versions", path: text, content: "x")
                guard text.count <= 255 else { continue }
                #expect(response.status == 201, "round \(round): \(response.text)")
                #expect(Self.scalars(response.string("path")) == Self.scalars(text), "round \(round)")
            }
        }
    }
}

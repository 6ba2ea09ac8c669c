import ServerlessSandbox
import Testing

/// Twilio's per-account concurrency limit: more than N requests of one account in flight get
/// 429 / 20429 with `Twilio-Concurrent-Requests`, unprocessed.
@Suite("Concurrency limit")
struct ConcurrencyLimitTests {
    // With a limit of 1 the probes themselves take the only slot while they are in flight: the held
    // request must have taken it before the first probe is sent, or it is the one refused (429, its
    // connection closed). `HeldRequest.open` therefore waits until the sandbox has authenticated the
    // held head; should its event loop still be overtaken by a probe, the held request is answered
    // 429 and a new one is held.
    @Test func aRequestOverTheLimitIs429WithTheHeaderAndIsNotProcessed() async throws {
        try await SandboxHarness.with(configure: { $0.maxConcurrentRequests = 1 }) { sandbox in
            let service = try await sandbox.createService()
            var held = try await HeldRequest.open(sandbox, service: service)
            var overtaken: [HeldRequest] = []
            let deadline = ContinuousClock.now + .seconds(60)
            var refusal = try await sandbox.send(.GET, "/v1/Services")
            while refusal.status != 429, ContinuousClock.now < deadline, overtaken.count < 5 {
                if held.wasAnswered {
                    overtaken.append(held)
                    held = try await HeldRequest.open(sandbox, service: service)
                } else {
                    try await Task.sleep(for: .milliseconds(10))
                }
                refusal = try await sandbox.send(.GET, "/v1/Services")
            }
            #expect(refusal.status == 429, "held: \(held.answerText), overtaken: \(overtaken.count)")
            #expect(refusal.code == 20429)
            #expect(refusal.headers.first(name: "Twilio-Concurrent-Requests") == "1")
            #expect(refusal.string("moreInfo") == "https://www.twilio.com/docs/errors/20429")
            for refused in overtaken { #expect(refused.answerText.hasPrefix("HTTP/1.1 429")) }
            let create = try await sandbox.send(.POST, "/v1/Services/\(service)/Functions", form: [("FriendlyName", "refused")])
            #expect(create.status == 429)
            #expect(try await sandbox.send(.GET, "/v1/Services", as: otherAccount).status == 200, "another account has its own limit")
            #expect(try await held.finish().hasPrefix("HTTP/1.1 201"))
            let names = try await sandbox.send(.GET, "/v1/Services/\(service)/Functions").list("functions")
                .map { $0["friendly_name"] as? String }
            // The held request that took the slot was processed; the refused ones never were.
            #expect(names == ["held"])
        }
    }

    @Test func zeroTurnsTheLimitOff() async throws {
        try await SandboxHarness.with(configure: { $0.maxConcurrentRequests = 0 }) { sandbox in
            let service = try await sandbox.createService()
            let held = try await HeldRequest.open(sandbox, service: service)
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<20 { group.addTask { try await sandbox.send(.GET, "/v1/Services").status } }
                for try await status in group { #expect(status == 200) }
            }
            #expect(try await held.finish().hasPrefix("HTTP/1.1 201"))
        }
    }

    @Test func theDefaultIsTwiliosHundred() {
        #expect(SandboxConfiguration().maxConcurrentRequests == 100)
    }
}

import Foundation
import ServerlessSandbox
import Testing

/// Lists are in creation order, also inside one second; Logs time filters are inclusive at the
/// precision they are written in.
@Suite("List order and time filters")
struct ListOrderAndTimeTests {
    @Test func sameSecondBuildsListInCreationOrderWhateverThePageSize() async throws {
        try await SandboxHarness.with(buildTime: .zero) { sandbox in
            let (service, _, version) = try await sandbox.serviceWithFunctionVersion()
            var created: [String] = []
            for _ in 0..<12 {
                created.append(try sandbox.expect(201, "build", try await sandbox.createBuild(service, functionVersions: [version])).string("sid") ?? "")
            }
            for size in [1, 5, 50] {
                var seen: [String] = []
                var next: String? = "/v1/Services/\(service)/Builds?PageSize=\(size)"
                while let url = next {
                    let page = try await sandbox.send(.GET, url)
                    seen += page.list("builds").compactMap { $0["sid"] as? String }
                    next = page.meta["next_page_url"] as? String
                }
                #expect(seen == created, "page size \(size)")
            }
            let dates = try await sandbox.send(.GET, "/v1/Services/\(service)/Builds").list("builds").compactMap { $0["date_created"] as? String }
            #expect(dates.allSatisfy { $0.count == 20 && $0.hasSuffix("Z") && !$0.contains(".") }, "date_created stays whole seconds")
        }
    }

    /// A deployed environment and the `date_created` of its first log line.
    func deployedLogs(_ sandbox: SandboxHarness) async throws -> (logs: String, date: String) {
        let (service, build) = try await sandbox.completedBuild()
        let environment = try sandbox.expect(201, "environment", try await sandbox.send(.POST, "/v1/Services/\(service)/Environments", form: [("UniqueName", "dev")])).string("sid") ?? ""
        _ = try sandbox.expect(201, "deploy", try await sandbox.send(.POST, "/v1/Services/\(service)/Environments/\(environment)/Deployments", form: [("BuildSid", build)]))
        let logs = "/v1/Services/\(service)/Environments/\(environment)/Logs"
        let date = try #require(try await sandbox.send(.GET, logs).list("logs").first?["date_created"] as? String)
        return (logs, date)
    }

    @Test func anEndDateOfTheSameSecondIncludesTheLog() async throws {
        try await SandboxHarness.with { sandbox in
            let (logs, date) = try await deployedLogs(sandbox)
            let escaped = date.replacingOccurrences(of: ":", with: "%3A")
            let inclusive = try await sandbox.send(.GET, "\(logs)?StartDate=\(escaped)&EndDate=\(escaped)")
            #expect(inclusive.status == 200)
            #expect(inclusive.list("logs").count == 2)
            let seconds = try #require(TwilioDateForTests.parse(date))
            let before = TwilioDateForTests.format(seconds.addingTimeInterval(-1)).replacingOccurrences(of: ":", with: "%3A")
            let after = TwilioDateForTests.format(seconds.addingTimeInterval(1)).replacingOccurrences(of: ":", with: "%3A")
            #expect(try await sandbox.send(.GET, "\(logs)?EndDate=\(before)").list("logs").isEmpty)
            #expect(try await sandbox.send(.GET, "\(logs)?StartDate=\(after)").list("logs").isEmpty)
            let meta = inclusive.meta["url"] as? String ?? ""
            #expect(meta.contains("StartDate=\(escaped)") && meta.contains("EndDate=\(escaped)"))
        }
    }

    @Test func aFractionalEndDateIsExactToTheMillisecond() async throws {
        try await SandboxHarness.with { sandbox in
            let (logs, date) = try await deployedLogs(sandbox)
            let start = try #require(TwilioDateForTests.parse(date))
            let lastMillisecond = String(date.dropLast()) + ".999Z"
            #expect(try await sandbox.send(.GET, "\(logs)?EndDate=\(lastMillisecond)").list("logs").count == 2)
            let previous = TwilioDateForTests.format(start.addingTimeInterval(-1)).dropLast() + ".999Z"
            #expect(try await sandbox.send(.GET, "\(logs)?EndDate=\(previous)").list("logs").isEmpty)
        }
    }
}

/// Whole-second UTC dates as the wire writes them.
enum TwilioDateForTests {
    static func parse(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }
    static func format(_ date: Date) -> String { date.formatted(.iso8601) }
}

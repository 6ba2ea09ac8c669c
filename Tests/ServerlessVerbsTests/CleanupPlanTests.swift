import Foundation
import ServerlessClient
import Testing

@testable import ServerlessVerbs

/// The cleanup rule on its own: which builds are kept when several share a second.
struct CleanupPlanTests {
    static func service() throws -> Service {
        try JSONDecoder().decode(Service.self, from: Data(#"{"sid": "ZS00000000000000000000000000000000", "unique_name": "demo"}"#.utf8))
    }

    /// A build with `sid` suffix `n`, created at `second` (seconds after a fixed instant).
    static func build(_ n: Int, second: Int, status: String = "completed", functions: [String] = []) throws -> Build {
        let date = Date(timeIntervalSince1970: 1_800_000_000 + Double(second))
        let versions = functions.map { #"{"sid": "ZN\#(String(repeating: "1", count: 32))", "function_sid": "\#($0)"}"# }
        let json = """
            {"sid": "ZB\(String(format: "%032d", n))", "status": "\(status)", "date_created": "\(Timestamp(date).text)",
             "function_versions": [\(versions.joined(separator: ","))]}
            """
        return try JSONDecoder().decode(Build.self, from: Data(json.utf8))
    }

    static func sids(_ builds: [Build]) -> [String] { builds.map(\.sid) }

    @Test func buildsOfTheCutoffSecondAreAllKeptWhateverTheListOrder() throws {
        // Listed oldest first (as the sandbox does); 3, 4 and 5 share the newest second.
        let builds = try [1, 2, 3, 4, 5].map { try Self.build($0, second: $0 <= 2 ? 0 : 1) }
        for listed in [builds, builds.reversed(), [builds[4], builds[0], builds[2], builds[1], builds[3]]] {
            let plan = CleanupPlan(service: try Self.service(), builds: listed, liveBuilds: [], keep: 2)
            #expect(Set(Self.sids(plan.newest)) == Set(Self.sids(Array(builds[2...]))))
            #expect(Set(Self.sids(plan.doomed)) == Set(Self.sids(Array(builds[..<2]))))
        }
    }

    @Test func aTieAcrossTheCutoffKeepsMoreNeverFewer() throws {
        let builds = try [1, 2, 3, 4, 5].map { try Self.build($0, second: $0 <= 2 ? 0 : 1) }
        // The 4th newest is in second 0, tied with the 5th: nothing is certainly older, so nothing goes.
        let plan = CleanupPlan(service: try Self.service(), builds: builds, liveBuilds: [], keep: 4)
        #expect(plan.doomed.isEmpty)
        #expect(plan.newest.count == 5)
    }

    @Test func liveAndUnfinishedBuildsAreKeptAndKeepZeroDeletesTheRest() throws {
        let builds = try [
            Self.build(1, second: 0), Self.build(2, second: 1, status: "building"), Self.build(3, second: 2),
            Self.build(4, second: 3),
        ]
        let plan = CleanupPlan(service: try Self.service(), builds: builds, liveBuilds: [builds[0].sid], keep: 0)
        #expect(Self.sids(plan.live) == [builds[0].sid])
        #expect(Self.sids(plan.building) == [builds[1].sid])
        #expect(Self.sids(plan.doomed) == [builds[2].sid, builds[3].sid])
        #expect(plan.newest.isEmpty)
    }

    @Test func fewerBuildsThanKeepDeletesNothing() throws {
        let builds = try [Self.build(1, second: 0), Self.build(2, second: 5)]
        #expect(CleanupPlan(service: try Self.service(), builds: builds, liveBuilds: [], keep: 5).isEmpty)
        #expect(CleanupPlan(service: try Self.service(), builds: [], liveBuilds: [], keep: 0).isEmpty)
    }

    @Test func pruningKeepsWhatARemainingBuildReferences() throws {
        let used = "ZH" + String(repeating: "a", count: 32)
        let unused = "ZH" + String(repeating: "b", count: 32)
        let remaining = [try Self.build(1, second: 0, functions: [used])]
        let functions = try [used, unused].map { sid in
            try JSONDecoder().decode(Function.self, from: Data(#"{"sid": "\#(sid)"}"#.utf8))
        }
        let result = CleanupPlan.unreferenced(functions: functions, assets: [], remaining: remaining)
        #expect(result.functions.map(\.sid) == [unused])
    }
}

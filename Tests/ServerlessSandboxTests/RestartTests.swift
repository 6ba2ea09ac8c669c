import Foundation
import ServerlessSandbox
import Testing

@Suite("Persistence across restarts")
struct RestartTests {
    @Test func aBuildStillBuildingAtShutdownFinishesAfterRestart() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-restart-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        var service = ""
        var build = ""
        try await SandboxHarness.with(buildTime: .milliseconds(1500), storage: .file(path)) { sandbox in
            let (createdService, _, version) = try await sandbox.serviceWithFunctionVersion()
            service = createdService
            let created = try await sandbox.createBuild(service, functionVersions: [version])
            build = created.string("sid") ?? ""
            #expect(created.string("status") == "building")
        }
        try await Task.sleep(for: .milliseconds(1700))
        try await SandboxHarness.with(buildTime: .milliseconds(1500), storage: .file(path)) { sandbox in
            let fetched = try await sandbox.send(.GET, "/v1/Services/\(service)/Builds/\(build)")
            #expect(fetched.string("status") == "completed")
            #expect(fetched.string("date_updated") != fetched.string("date_created"))
            #expect(fetched.list("function_versions").count == 1)
        }
    }

    @Test func theDataFileHoldingTokensIsPrivate() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-mode-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/data/sandbox.sqlite"
        try await SandboxHarness.with(storage: .file(path)) { sandbox in
            _ = try await sandbox.createService()
        }
        let files = FileManager.default
        #expect(try files.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try files.attributesOfItem(atPath: folder + "/data")[.posixPermissions] as? Int == 0o700)
    }

    @Test func twoServersCanShareOneDataFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-shared-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        try await SandboxHarness.with(storage: .file(path)) { first in
            try await SandboxHarness.with(storage: .file(path)) { second in
                let service = try await first.createService()
                let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                    for index in 0..<30 {
                        let sandbox = index.isMultiple(of: 2) ? first : second
                        group.addTask {
                            try await sandbox.send(.POST, "/v1/Services/\(service)/Functions", form: [("FriendlyName", "f\(index)")]).status
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(statuses == Array(repeating: 201, count: 30))
                let listed = try await second.send(.GET, "/v1/Services/\(service)/Functions?PageSize=100")
                #expect(listed.list("functions").count == 30)
            }
        }
    }
}

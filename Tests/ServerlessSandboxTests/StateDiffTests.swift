import Foundation
@testable import ServerlessSandbox
import Testing

/// ``StateDiff`` on states read from real data files (written by ``SnapshotFile``, read by
/// ``SandboxState``): how resources are paired under each ``StateDiff/Matching``, fields listed old
/// to new, and a variable's value never held.
@Suite("State diff")
struct StateDiffTests {
    static let account = "AC" + String(repeating: "c3", count: 16)

    /// A SID of `prefix` made unique by `tag` (one per state made apart) and `index`.
    static func sid(_ prefix: String, _ tag: Int, _ index: Int = 0) -> String {
        prefix + String(repeating: "0", count: 24) + String(format: "%04x%04x", tag, index)
    }

    /// A service named `name` with a function, its version, a build of it, an environment running
    /// the build with a deployment and a variable; every SID carries `tag`.
    static func service(
        _ name: String, tag: Int, index: Int = 0, friendlyName: String? = nil, environmentTag: Int? = nil,
        value: String = "first-secret-value", content: String = "exports.handler = () => 1"
    ) -> SnapshotService {
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let environmentTag = environmentTag ?? tag
        var service = SnapshotService(
            sid: sid("ZS", tag, index), uniqueName: name, friendlyName: friendlyName ?? "Service \(name)",
            includeCredentials: true, uiEditable: false, domainBase: "\(name)-\(tag)\(index)",
            dateCreated: date, dateUpdated: date)
        let function = sid("ZH", tag, index)
        let version = sid("ZN", tag, index)
        let build = sid("ZB", tag, index)
        let environment = sid("ZE", environmentTag, index)
        service.components = [SnapshotComponent(sid: function, isFunction: true, friendlyName: "hello", dateCreated: date, dateUpdated: date)]
        service.versions = [SnapshotVersion(
            sid: version, isFunction: true, componentSid: function, path: "/hello", visibility: "public",
            content: Data(content.utf8), dateCreated: date)]
        service.builds = [SnapshotBuild(
            sid: build, status: "completed", functionVersionSids: [version], assetVersionSids: [],
            dependencies: [("twilio", "5.3.0")], runtime: "node22", dateCreated: date, dateUpdated: date)]
        service.environments = [SnapshotEnvironment(
            sid: environment, uniqueName: "dev", domainSuffix: "dev", domainName: "\(name)-\(environmentTag)-dev.twil.io",
            buildSid: build, dateCreated: date, dateUpdated: date)]
        service.deployments = [SnapshotDeployment(
            sid: sid("ZD", environmentTag, index), environmentSid: environment, buildSid: build, dateCreated: date, dateUpdated: date)]
        service.variables = [SnapshotVariable(
            sid: sid("ZV", environmentTag, index), environmentSid: environment, key: "GREETING", value: value,
            dateCreated: date, dateUpdated: date)]
        return service
    }

    /// The state of a data file holding `services`, written and read as `sandbox import` and a
    /// rehearsal do.
    static func state(_ services: SnapshotService...) throws -> SandboxState {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.sqlite").path
        let file = try SnapshotFile(path: path, accountSid: account)
        for service in services { try file.write(service) }
        try file.close()
        return try SandboxState.read(dataFile: path)
    }

    static func summary(_ diff: StateDiff) -> [String] {
        diff.changes.map { "\($0.kind.rawValue) \($0.action.rawValue) \($0.name)" }
    }

    @Test(arguments: [StateDiff.Matching.sid, .sidThenName])
    func theSameStateHasNoChanges(matching: StateDiff.Matching) throws {
        let diff = StateDiff(
            from: try Self.state(Self.service("alpha", tag: 1), Self.service("beta", tag: 1, index: 1)),
            to: try Self.state(Self.service("alpha", tag: 1), Self.service("beta", tag: 1, index: 1)), matching: matching)
        #expect(diff.isEmpty)
    }

    @Test func aChangedFieldIsListedFromOldToNew() throws {
        let diff = StateDiff(
            from: try Self.state(Self.service("alpha", tag: 1)),
            to: try Self.state(Self.service("alpha", tag: 1, friendlyName: "Alpha, renamed")), matching: .sid)
        #expect(diff.changes == [StateDiff.Change(
            kind: .service, action: .changed, sid: Self.sid("ZS", 1), service: "alpha", name: "alpha",
            fields: [StateDiff.FieldChange(field: "friendly_name", old: "Service alpha", new: "Alpha, renamed", isSecret: false)])])
    }

    @Test func resourcesMadeApartAreMatchedByNameAndWhatTheyHold() throws {
        let rehearsed = try Self.state(Self.service("alpha", tag: 1))
        let real = try Self.state(Self.service("alpha", tag: 2))
        // Every SID differs, domains too (they derive from the SID): the same account by name.
        #expect(StateDiff(from: rehearsed, to: real, matching: .sidThenName).isEmpty)
        // A build is matched by its versions: one of other code is another build (and version).
        let otherCode = try Self.state(Self.service("alpha", tag: 2, content: "exports.handler = () => 2"))
        let diff = StateDiff(from: rehearsed, to: otherCode, matching: .sidThenName)
        #expect(Self.summary(diff).contains("function_version created /hello"))
        #expect(Self.summary(diff).contains("build deleted "))
        #expect(Self.summary(diff).contains("build created "))
    }

    @Test func aServiceDeletedAndMadeAgainIsADeletionAndACreationWithinOneSandbox() throws {
        let before = try Self.state(Self.service("alpha", tag: 1), Self.service("beta", tag: 1, index: 1))
        let after = try Self.state(Self.service("alpha", tag: 1), Self.service("beta", tag: 2, index: 1))
        let diff = StateDiff(from: before, to: after, matching: .sid)
        let services = diff.changes.filter { $0.kind == .service }
        #expect(services.map(\.action) == [.deleted, .created])
        #expect(services.map(\.sid) == [Self.sid("ZS", 1, 1), Self.sid("ZS", 2, 1)])
        #expect(services.allSatisfy { $0.name == "beta" })
        #expect(diff.changes.allSatisfy { $0.service == "beta" })
        #expect(diff.changes.count { $0.action == .deleted } == diff.changes.count { $0.action == .created })
        // Between states made apart the names match it, so only what derives from the SID differs: not listed.
        #expect(StateDiff(from: before, to: after, matching: .sidThenName).isEmpty)
    }

    @Test func anEnvironmentDeletedAndMadeAgainIsADeletionAndACreationWithinOneSandbox() throws {
        let before = try Self.state(Self.service("alpha", tag: 1))
        let after = try Self.state(Self.service("alpha", tag: 1, environmentTag: 2))
        let diff = StateDiff(from: before, to: after, matching: .sid)
        #expect(Self.summary(diff) == [
            "environment deleted dev", "environment created dev", "deployment deleted ", "deployment created ",
            "variable deleted GREETING", "variable created GREETING",
        ])
    }

    @Test(arguments: [StateDiff.Matching.sid, .sidThenName])
    func aVariablesValueIsComparedButNeverHeld(matching: StateDiff.Matching) throws {
        let diff = StateDiff(
            from: try Self.state(Self.service("alpha", tag: 1, value: "first-secret-value")),
            to: try Self.state(Self.service("alpha", tag: 1, value: "second-secret-value")), matching: matching)
        #expect(diff.changes.count == 1)
        #expect(diff.changes.first?.fields == [StateDiff.FieldChange(field: "value", old: nil, new: nil, isSecret: true)])
        let everything = String(describing: diff)
        #expect(!everything.contains("first-secret-value") && !everything.contains("second-secret-value"))
    }

    @Test func aStateNarrowedToServicesByNameOrSid() throws {
        let state = try Self.state(Self.service("alpha", tag: 1), Self.service("beta", tag: 1, index: 1))
        #expect(Set(state.only(services: ["beta"]).resources.map(\.serviceSid)) == [Self.sid("ZS", 1, 1)])
        #expect(state.only(services: [Self.sid("ZS", 1), "gamma"]).resources.allSatisfy { $0.serviceSid == Self.sid("ZS", 1) })
        #expect(state.only(services: ["gamma"]).resources.isEmpty)
        #expect(state.only(services: []).resources == state.resources)
    }
}

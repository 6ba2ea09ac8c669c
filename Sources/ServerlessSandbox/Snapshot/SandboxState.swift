import Crypto
import Foundation
import GRDB

/// The kinds of resource a state holds, in the order they are compared (a kind's references point
/// only at kinds before it). Logs are not part of a state: they record what happened, not what is.
public enum StateKind: String, Sendable, CaseIterable, Codable {
    case service, function, asset
    case functionVersion = "function_version"
    case assetVersion = "asset_version"
    case build, environment, deployment, variable
}

/// A field's value in a state.
public enum StateValue: Sendable, Equatable {
    /// Plain text (nil: no value).
    case text(String?)
    /// SIDs of other resources of the state, in order (a build's versions, an environment's build).
    case references([String])
    /// A secret (a variable's value), held only as its SHA-256 so that it is compared, never shown.
    case secret(digest: String)
}

/// One field of a resource.
public struct StateField: Sendable, Equatable {
    public var name: String
    public var value: StateValue
    /// Whether the field derives from the resource's SID (`domain_base`): compared only between two
    /// states of the same resource, not between resources made apart and matched by name.
    public var followsSid: Bool
}

/// One resource of a state: its SID, its parent's SID, the name it is matched by when SIDs differ
/// (a service's unique name, a function's friendly name, a version's path, a variable's key…), and
/// the fields compared.
public struct StateResource: Sendable, Equatable {
    public var kind: StateKind
    public var sid: String
    public var parentSid: String?
    public var serviceSid: String
    public var name: String
    public var fields: [StateField]
    /// The fields that, with the parent and name, tell two resources made apart for the same one
    /// (a build's versions, a deployment's build).
    public var matchedBy: [String] = []

    /// The field called `name`.
    public func value(of name: String) -> StateValue? {
        fields.first { $0.name == name }?.value
    }
}

/// What a sandbox data file holds: the resources of its account, kind by kind, in creation order.
/// Builds are read as they stand now (a build whose time has come has its outcome).
public struct SandboxState: Sendable {
    public var accountSid: String
    public var resources: [StateResource]

    /// Reads the data file at `path` without changing it: it is copied to a private temporary file
    /// first, and the copy is read.
    public static func read(dataFile path: String) throws -> SandboxState {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buildsh-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("state.sqlite").path
        try SnapshotFile.copy(path, to: copy)
        let queue = try DatabaseQueue(path: copy)
        defer { try? queue.close() }
        try SandboxMigrations.migrator.migrate(queue)
        return try queue.read { db in try read(db) }
    }

    /// The part of the state in the services named (by SID or unique name), all of it when none is
    /// named. A name the state has no service of selects nothing.
    public func only(services names: [String]) -> SandboxState {
        guard !names.isEmpty else { return self }
        let wanted = Set(names)
        let kept = Set(resources.filter { $0.kind == .service && (wanted.contains($0.sid) || wanted.contains($0.name)) }.map(\.sid))
        return SandboxState(accountSid: accountSid, resources: resources.filter { kept.contains($0.serviceSid) })
    }

    private static func read(_ db: Database) throws -> SandboxState {
        let account = try String.fetchOne(db, sql: "SELECT sid FROM account ORDER BY seq") ?? ""
        var resources: [StateResource] = []
        let services = try ServiceRow.filter(Column("account_sid") == account).order(Column("seq")).fetchAll(db)
        for service in services {
            resources.append(StateResource(
                kind: .service, sid: service.sid, parentSid: nil, serviceSid: service.sid, name: service.uniqueName,
                fields: [
                    .text("friendly_name", service.friendlyName),
                    .text("include_credentials", String(service.includeCredentials)),
                    .text("ui_editable", String(service.uiEditable)),
                    StateField(name: "domain_base", value: .text(service.domainBase), followsSid: true),
                ]))
        }
        let owned = Set(services.map(\.sid))
        for component in try ComponentRow.order(Column("seq")).fetchAll(db) where owned.contains(component.serviceSid) {
            resources.append(StateResource(
                kind: component.kind == .function ? .function : .asset, sid: component.sid,
                parentSid: component.serviceSid, serviceSid: component.serviceSid, name: component.friendlyName, fields: []))
        }
        for version in try VersionRow.order(Column("seq")).fetchAll(db) where owned.contains(version.serviceSid) {
            resources.append(StateResource(
                kind: version.kind == .function ? .functionVersion : .assetVersion, sid: version.sid,
                parentSid: version.componentSid, serviceSid: version.serviceSid, name: version.path,
                fields: [
                    .text("visibility", version.visibility.rawValue),
                    .text("content", "sha256:" + digest(version.content).prefix(12)),
                ],
                matchedBy: ["content"]))
        }
        try readBuilds(db, owned: owned, into: &resources)
        try readEnvironments(db, owned: owned, into: &resources)
        return SandboxState(accountSid: account, resources: resources)
    }

    private static func readBuilds(_ db: Database, owned: Set<String>, into resources: inout [StateResource]) throws {
        let now = Date()
        let embedded = try Row.fetchAll(db, sql: """
            SELECT bv.build_sid, bv.version_sid, v.kind FROM build_version bv JOIN version v ON v.sid = bv.version_sid
            ORDER BY bv.build_sid, bv.position
            """)
        var versions: [String: (functions: [String], assets: [String])] = [:]
        for row in embedded {
            let build: String = row["build_sid"]
            let sid: String = row["version_sid"]
            if (row["kind"] as String) == ComponentKind.function.rawValue {
                versions[build, default: ([], [])].functions.append(sid)
            } else {
                versions[build, default: ([], [])].assets.append(sid)
            }
        }
        for stored in try BuildRow.order(Column("seq")).fetchAll(db) where owned.contains(stored.serviceSid) {
            let build = stored.settled(at: now)
            let dependencies = (try? JSONDecoder().decode([BuildDependency].self, from: Data(build.dependencies.utf8))) ?? []
            let listed = versions[build.sid] ?? ([], [])
            resources.append(StateResource(
                kind: .build, sid: build.sid, parentSid: build.serviceSid, serviceSid: build.serviceSid, name: "",
                fields: [
                    .text("status", build.status.rawValue),
                    .text("runtime", build.runtime),
                    .text("dependencies", dependencies.map { "\($0.name)@\($0.version)" }.joined(separator: ", ")),
                    StateField(name: "function_versions", value: .references(listed.functions), followsSid: false),
                    StateField(name: "asset_versions", value: .references(listed.assets), followsSid: false),
                ],
                matchedBy: ["function_versions", "asset_versions", "runtime", "dependencies"]))
        }
    }

    private static func readEnvironments(_ db: Database, owned: Set<String>, into resources: inout [StateResource]) throws {
        for environment in try EnvironmentRow.order(Column("seq")).fetchAll(db) where owned.contains(environment.serviceSid) {
            resources.append(StateResource(
                kind: .environment, sid: environment.sid, parentSid: environment.serviceSid,
                serviceSid: environment.serviceSid, name: environment.uniqueName,
                fields: [
                    .text("domain_suffix", environment.domainSuffix),
                    StateField(name: "domain_name", value: .text(environment.domainName), followsSid: true),
                    StateField(name: "build", value: .references(environment.buildSid.map { [$0] } ?? []), followsSid: false),
                ]))
        }
        for deployment in try DeploymentRow.order(Column("seq")).fetchAll(db) where owned.contains(deployment.serviceSid) {
            resources.append(StateResource(
                kind: .deployment, sid: deployment.sid, parentSid: deployment.environmentSid,
                serviceSid: deployment.serviceSid, name: "",
                fields: [StateField(name: "build", value: .references(deployment.buildSid.map { [$0] } ?? []), followsSid: false)],
                matchedBy: ["build"]))
        }
        for variable in try VariableRow.order(Column("seq")).fetchAll(db) where owned.contains(variable.serviceSid) {
            resources.append(StateResource(
                kind: .variable, sid: variable.sid, parentSid: variable.environmentSid, serviceSid: variable.serviceSid,
                name: variable.key,
                fields: [StateField(name: "value", value: .secret(digest: digest(Data(variable.value.utf8))), followsSid: false)]))
        }
    }

    static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}

extension StateField {
    static func text(_ name: String, _ value: String?) -> StateField {
        StateField(name: name, value: .text(value), followsSid: false)
    }
}

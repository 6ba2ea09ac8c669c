import Foundation

/// One service of a live account as `sandbox import` read it, with everything in it, ready to be
/// written into a data file by ``SnapshotFile`` with its SIDs, dates and statuses kept. The values
/// are plain data (no client types): the sandbox knows nothing of the client.
public struct SnapshotService: Sendable {
    public var sid: String
    public var uniqueName: String
    public var friendlyName: String
    public var includeCredentials: Bool
    public var uiEditable: Bool
    public var domainBase: String
    public var dateCreated: Date
    public var dateUpdated: Date
    /// Functions and Assets, in list order.
    public var components: [SnapshotComponent] = []
    /// Function and Asset Versions, in list order, with their content.
    public var versions: [SnapshotVersion] = []
    public var builds: [SnapshotBuild] = []
    public var environments: [SnapshotEnvironment] = []
    public var deployments: [SnapshotDeployment] = []
    public var variables: [SnapshotVariable] = []
    public var logs: [SnapshotLog] = []

    /// Makes a service with nothing in it yet.
    public init(
        sid: String, uniqueName: String, friendlyName: String, includeCredentials: Bool, uiEditable: Bool,
        domainBase: String, dateCreated: Date, dateUpdated: Date
    ) {
        (self.sid, self.uniqueName, self.friendlyName) = (sid, uniqueName, friendlyName)
        (self.includeCredentials, self.uiEditable, self.domainBase) = (includeCredentials, uiEditable, domainBase)
        (self.dateCreated, self.dateUpdated) = (dateCreated, dateUpdated)
    }
}

/// A Function (`isFunction`) or an Asset.
public struct SnapshotComponent: Sendable {
    public var sid: String
    public var isFunction: Bool
    public var friendlyName: String
    public var dateCreated: Date
    public var dateUpdated: Date

    public init(sid: String, isFunction: Bool, friendlyName: String, dateCreated: Date, dateUpdated: Date) {
        (self.sid, self.isFunction, self.friendlyName) = (sid, isFunction, friendlyName)
        (self.dateCreated, self.dateUpdated) = (dateCreated, dateUpdated)
    }
}

/// A Function Version (`isFunction`) or an Asset Version. `content` is the Function Version's code
/// (the API's Content endpoint); the API has none for Asset Versions, which are kept empty.
public struct SnapshotVersion: Sendable {
    public var sid: String
    public var isFunction: Bool
    public var componentSid: String
    public var path: String
    /// `public`, `private` or `protected`.
    public var visibility: String
    public var content: Data
    public var dateCreated: Date

    public init(
        sid: String, isFunction: Bool, componentSid: String, path: String, visibility: String, content: Data,
        dateCreated: Date
    ) {
        (self.sid, self.isFunction, self.componentSid, self.path) = (sid, isFunction, componentSid, path)
        (self.visibility, self.content, self.dateCreated) = (visibility, content, dateCreated)
    }
}

/// A Build with the versions it embeds (Function Versions first, then Asset Versions, each in order).
public struct SnapshotBuild: Sendable {
    public var sid: String
    /// `building`, `completed` or `failed`, as the account reported it.
    public var status: String
    public var functionVersionSids: [String]
    public var assetVersionSids: [String]
    /// Name and version of each npm dependency, in order.
    public var dependencies: [(name: String, version: String)]
    public var runtime: String
    public var dateCreated: Date
    public var dateUpdated: Date

    public init(
        sid: String, status: String, functionVersionSids: [String], assetVersionSids: [String],
        dependencies: [(name: String, version: String)], runtime: String, dateCreated: Date, dateUpdated: Date
    ) {
        (self.sid, self.status, self.functionVersionSids) = (sid, status, functionVersionSids)
        (self.assetVersionSids, self.dependencies, self.runtime) = (assetVersionSids, dependencies, runtime)
        (self.dateCreated, self.dateUpdated) = (dateCreated, dateUpdated)
    }
}

/// An Environment, with the build it currently runs.
public struct SnapshotEnvironment: Sendable {
    public var sid: String
    public var uniqueName: String
    public var domainSuffix: String?
    public var domainName: String
    public var buildSid: String?
    public var dateCreated: Date
    public var dateUpdated: Date

    public init(
        sid: String, uniqueName: String, domainSuffix: String?, domainName: String, buildSid: String?,
        dateCreated: Date, dateUpdated: Date
    ) {
        (self.sid, self.uniqueName, self.domainSuffix, self.domainName) = (sid, uniqueName, domainSuffix, domainName)
        (self.buildSid, self.dateCreated, self.dateUpdated) = (buildSid, dateCreated, dateUpdated)
    }
}

/// A Deployment of a build to an environment.
public struct SnapshotDeployment: Sendable {
    public var sid: String
    public var environmentSid: String
    public var buildSid: String?
    public var dateCreated: Date
    public var dateUpdated: Date

    public init(sid: String, environmentSid: String, buildSid: String?, dateCreated: Date, dateUpdated: Date) {
        (self.sid, self.environmentSid, self.buildSid) = (sid, environmentSid, buildSid)
        (self.dateCreated, self.dateUpdated) = (dateCreated, dateUpdated)
    }
}

/// An environment Variable, with its value (a secret: the data file is private to its owner).
public struct SnapshotVariable: Sendable {
    public var sid: String
    public var environmentSid: String
    public var key: String
    public var value: String
    public var dateCreated: Date
    public var dateUpdated: Date

    public init(sid: String, environmentSid: String, key: String, value: String, dateCreated: Date, dateUpdated: Date) {
        (self.sid, self.environmentSid, self.key, self.value) = (sid, environmentSid, key, value)
        (self.dateCreated, self.dateUpdated) = (dateCreated, dateUpdated)
    }
}

/// A log line of an environment.
public struct SnapshotLog: Sendable {
    public var sid: String
    public var environmentSid: String
    public var buildSid: String?
    public var deploymentSid: String?
    public var functionSid: String?
    public var requestSid: String
    public var level: String
    public var message: String
    public var dateCreated: Date

    public init(
        sid: String, environmentSid: String, buildSid: String?, deploymentSid: String?, functionSid: String?,
        requestSid: String, level: String, message: String, dateCreated: Date
    ) {
        (self.sid, self.environmentSid, self.buildSid, self.deploymentSid) = (sid, environmentSid, buildSid, deploymentSid)
        (self.functionSid, self.requestSid) = (functionSid, requestSid)
        (self.level, self.message, self.dateCreated) = (level, message, dateCreated)
    }
}

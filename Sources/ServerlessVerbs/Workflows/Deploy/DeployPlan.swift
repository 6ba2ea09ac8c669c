import ServerlessClient

/// What a deploy will do, decided before anything is created: per file whether it is new, changed
/// or reused, what the environment's current build has that the new one drops, the variables to
/// set, and whether a build is needed at all.
struct DeployPlan: Sendable {
    /// How a file reaches the build.
    enum Change: String, Sendable {
        /// No earlier version of this path: uploaded.
        case new
        /// An earlier version of this path has other content or visibility: uploaded.
        case changed
        /// A version with exactly this content, path and visibility exists: reused, nothing uploaded.
        case reused
    }

    /// One file and how it is handled.
    struct Item: Sendable {
        let file: ProjectFile
        let change: Change
        /// The existing Function or Asset to add a version to (nil: one is created).
        let resourceSid: String?
        /// The version reused (set when ``change`` is `.reused`).
        let versionSid: String?
    }

    /// A path the environment's current build serves that the new build will not.
    struct Removal: Sendable, Equatable {
        let kind: ProjectFile.Kind
        let path: String
    }

    /// One variable of the env file and what happens to it.
    struct VariableChange: Sendable {
        let key: String
        let value: String
        /// The existing variable (`ZV…`) to update, when its value differs.
        let existingSid: String?
        let change: Change
    }

    /// Whether a build is made.
    enum BuildStep: Sendable, Equatable {
        /// The environment already runs a build of exactly these versions, dependencies and runtime.
        case upToDate(build: String)
        /// An earlier deploy's build has exactly these versions, dependencies and runtime: deployed again.
        case reuse(build: String)
        /// An earlier deploy's build of exactly this content is still building (that deploy was
        /// stopped while it waited): awaited, then deployed, rather than built twice.
        case awaitEarlier(build: String)
        /// A new build is made.
        case create
    }

    let settings: DeploySettings
    let project: DeployProject
    /// The existing service (nil: created).
    let service: Service?
    /// The existing environment (nil: created, as ``newEnvironment`` says).
    let environment: Environment?
    let items: [Item]
    let removals: [Removal]
    let variables: [VariableChange]
    let build: BuildStep
    /// How the environment is created when ``environment`` is nil (the toolkit's naming).
    var newEnvironment: ToolkitEnvironmentNaming? = nil
    /// Warnings found while planning (a `.twiliodeployinfo` service that no longer exists).
    var notes: [String] = []

    /// The files to upload.
    var uploads: [Item] { items.filter { $0.change != .reused } }
    /// How many files are reused.
    var reusedCount: Int { items.count - uploads.count }
    /// The variables to create or update.
    var variableWrites: [VariableChange] { variables.filter { $0.change != .reused } }
}

import GRDB
import Foundation

/// The states of a build.
enum BuildStatus: String, Sendable, Codable {
    case building, completed, failed
}

/// A stored value the sandbox cannot read back.
struct RowDecodingError: Error, Equatable {
    var name: String
    var found: String
}

/// The runtimes a build may ask for. `node24` is accepted too: the Serverless Toolkit already sends it.
let supportedRuntimes: Set<String> = ["node8", "node10", "node12", "node14", "node16", "node18", "node20", "node22", "node24"]

/// The runtime of a build that names none.
let defaultRuntime = "node22"

/// The deterministic rules that decide, when a build is created, how it will end once its build
/// time has passed. Documented in docs/sandbox.md ("Failure rules").
enum BuildRules {
    /// A version included in a build, as the rules see it.
    struct Input: Sendable {
        var kind: ComponentKind
        var path: String
        var contentSize: Int
    }

    /// `failed` with the reason, or `completed` with none.
    static func outcome(dependencies: [BuildDependency], versions: [Input]) -> (BuildStatus, String?) {
        if let bad = dependencies.first(where: { !$0.hasValidVersion }) {
            return (.failed, "Dependency \(bad.name) has a version that is not valid semver: \(bad.version)")
        }
        if let bad = dependencies.first(where: { $0.name.isEmpty }) {
            return (.failed, "A dependency has an empty name (version \(bad.version))")
        }
        if let empty = versions.first(where: { $0.kind == .function && $0.contentSize == 0 }) {
            return (.failed, "Function \(empty.path) is empty")
        }
        return (.completed, nil)
    }
}

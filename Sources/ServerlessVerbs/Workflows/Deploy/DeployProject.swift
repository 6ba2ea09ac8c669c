import Foundation
import ServerlessClient

/// A project folder in the serverless-toolkit layout, as read from disk: the files that become
/// versions, the `package.json` dependencies and Node.js engine, and the `.env` variables.
struct DeployProject: Sendable {
    /// The folder, absolute.
    let directory: String
    /// `name` of `package.json`, if any.
    var packageName: String?
    /// `dependencies` of `package.json`, sorted by name.
    var dependencies: [Dependency] = []
    /// `engines.node` of `package.json`, if any.
    var nodeEngine: String?
    /// Functions, then assets, each sorted by path.
    var files: [ProjectFile] = []
    /// The variables of the env file, in file order.
    var variables: [(key: String, value: String)] = []
    /// The env file read, relative to the project (`.env`), if one was.
    var envFile: String?
    /// Lines of the env file today's dotenv would read differently from the toolkit (warnings).
    var envDifferences: [DotEnvDifference] = []

    /// The functions.
    var functions: [ProjectFile] { files.filter { $0.kind == .function } }
    /// The assets.
    var assets: [ProjectFile] { files.filter { $0.kind == .asset } }
}

/// Something wrong with a project, found before anything is created: the file it comes from (relative
/// to the project, or a parameter such as `runtime=`) and what is wrong.
struct DeployProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// `package.json`, `functions/x.js`, `.env`, `runtime=`; nil for the project as a whole.
    let file: String?
    /// What is wrong, e.g. `dependency twilio: "three" is not a semver version or range`.
    let message: String

    /// `package.json: dependency twilio: …`.
    var description: String { file.map { "\($0): \(message)" } ?? message }
}

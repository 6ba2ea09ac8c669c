import BuildScript

/// Why a deploy stopped, as values; ``description`` is the text a script's diagnostic shows and
/// ``scriptDetails`` what `catch` finds in `$e.details`.
enum DeployError: ScriptError, Equatable, Sendable, CustomStringConvertible {
    /// The project failed its checks; nothing was created.
    case checksFailed([DeployProblem])
    /// The build ended `failed`, with the server's explanation when it gave one.
    case buildFailed(BuildFailure)

    /// The message, one line per problem for failed checks.
    var description: String {
        switch self {
        case .checksFailed(let problems):
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            return "deploy found \(count); nothing was created:\n" + problems.map { "  " + $0.description }.joined(separator: "\n")
        case .buildFailed(let failure):
            return failure.message(dependenciesIn: "package.json")
        }
    }

    /// The message.
    var scriptMessage: String { description }

    /// Checks carry `$e.details.problems` (`[{file, message}]`), a failed build `$e.details.build`
    /// and `$e.details.reason`.
    var scriptDetails: Value? {
        switch self {
        case .checksFailed(let problems):
            let list = problems.map { problem -> Value in
                ["file": problem.file.map(Value.string) ?? .null, "message": .string(problem.message)]
            }
            return ["problems": .list(list)]
        case .buildFailed(let failure):
            return failure.details
        }
    }
}

import BuildScript
import ServerlessClient

/// Binds the BuildScript language to the Serverless v1 client: `create`, `list`, `fetch`,
/// `update`, `delete` for every noun of the API, plus `await` and `use`.
///
/// ```swift
/// let host = StandardVerbHost()
/// let interpreter = Interpreter(host: host, options: InterpreterOptions(dryRun: dryRun))  // dry run: set once, here
/// let verbs = ServerlessVerbs.install(into: interpreter, client: client, options: .detectingTerminal())
/// host.attach(verbs)
/// _ = await interpreter.evaluate("list builds service=demo | first 5")
/// ```
public enum ServerlessVerbs {
    /// Registers every verb in `interpreter`, calling `client`, and returns the session a host
    /// forwards rendering, confirmations and loop progress to (and reads the context from).
    @discardableResult
    public static func install(
        into interpreter: Interpreter, client: ServerlessClient, options: VerbOptions = VerbOptions()
    ) -> VerbSession {
        let session = VerbSession(client: client, options: options)
        interpreter.register(verbs(session: session))
        return session
    }

    /// Every verb file, in the order `help` lists verbs of the same name. A test checks that each
    /// `*Verb.swift` file is here, and runs every example.
    static let definitions: [any VerbDefinition.Type] = [
        CreateVerb.self, ListVerb.self, FetchVerb.self, UpdateVerb.self, DeleteVerb.self, AwaitVerb.self, UseVerb.self,
        DeployVerb.self, PromoteVerb.self, TailLogsVerb.self, CleanupVerb.self, RemoveServiceVerb.self, WatchVerb.self,
        StatusVerb.self, DiffEnvironmentVerb.self, ExplainBuildVerb.self, ExplainConfigVerb.self,
        VersionVerb.self,
    ]

    /// The runtimes a build may name (`runtime=`), for completion.
    public static var runtimes: [String] { DeployLimits.runtimes }

    /// The verbs of every definition, under `help`'s headings: the resource verbs as build
    /// operations, the others as workflows.
    static func verbs(session: VerbSession) -> [Verb] {
        definitions.flatMap { $0.verbs(session: session) }.map { verb in
            var verb = verb
            verb.helpGroup = NounAction(rawValue: verb.name) == nil ? "Workflows" : "Build operations"
            return verb
        }
    }
}

import BuildScript
import ServerlessClient

/// Binds the BuildScript language to the Serverless v1 client: `create`, `list`, `fetch`,
/// `update`, `delete` for every noun of the API, plus `await` and `use`.
///
/// ```swift
/// let host = StandardVerbHost()
/// let interpreter = Interpreter(host: host, options: InterpreterOptions(dryRun: dryRun))
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

    /// The verb table: resource verbs for every noun and operation, then `await`, `use` and
    /// `deploy`, then the other workflows (`cleanup`, `remove service`, `promote`, `tail logs`).
    static func verbs(session: VerbSession) -> [Verb] {
        ResourceVerbs.all(session: session) + UnsupportedVerbs.all() + [AwaitVerb.verb(session: session)]
            + UseVerbs.all(session: session) + [DeployVerb.verb(session: session)] + WorkflowVerbs.all(session: session)
    }
}

import BuildScript
import ServerlessClient
import Synchronization

/// The verbs installed in one interpreter: the client they call, the `use` context, the options,
/// and what a host forwards to them (rendering, confirmation, loop progress).
/// Made by ``ServerlessVerbs/install(into:client:options:)``.
public final class VerbSession: Sendable {
    /// The current service/environment and the identifiers seen in results.
    public let context: VerbContext
    let executor: ResourceExecutor
    let loops: LoopProgressDisplay
    private let settings: Mutex<VerbOptions>
    /// Identifiers for Tab read from the account, dropped as the session's writes change them.
    public let completions: AccountCompletions

    init(client: ServerlessClient, options: VerbOptions, context: VerbContext = VerbContext()) {
        self.context = context
        executor = ResourceExecutor(client: client)
        settings = Mutex(options)
        loops = LoopProgressDisplay()
        completions = AccountCompletions(executor: executor, context: context)
    }

    /// The options in force (the REPL's `.mode` changes ``outputFormat``).
    public var options: VerbOptions {
        get { settings.withLock { $0 } }
        set { settings.withLock { $0 = newValue } }
    }

    /// The output format in force.
    public var outputFormat: OutputFormat {
        get { settings.withLock { $0.outputFormat } }
        set { settings.withLock { $0.outputFormat = newValue } }
    }

    /// The SIDs and unique names seen in results, for completion.
    public var seenIdentifiers: SeenIdentifiers { context.seen }

    /// The resolver turning a resource verb's checked arguments into a call, in this session's context.
    var resolver: ResourceCallResolver {
        let executor = executor
        return ResourceCallResolver(context: context) { service, name in
            try await executor.findEnvironment(service: service, name: name)
        }
    }

    /// Writes a dry-run note or summary line to stderr.
    func note(_ line: String) {
        options.stderr(line + "\n")
    }
}

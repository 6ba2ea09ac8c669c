import BuildScript
import Foundation
import ServerlessClient
import Synchronization

/// The world the REPL's statements run in, and the switches that change it: `.reset` (a fresh,
/// empty sandbox), `.dryrun on|off` (the interpreter's one dry-run switch) and lessons (a sandbox
/// of the lesson's own while it runs).
final class ReplWorkspace {
    /// The learner's own world (the command line's backend, or the sandbox `.reset` made).
    private var home: ShellWorld
    /// What statements run in now: `home`, or a lesson's world.
    let current: CurrentWorld
    let factory: ShellWorldFactory
    let directories: XDGDirectories
    private let secrets: SecretWorldSlot
    /// The lesson in progress, if any.
    var lesson: LessonRunner?
    /// Whether destructive verbs only report (carried into each new world).
    private(set) var dryRun: Bool

    var output: TerminalOutput { factory.terminal }

    init(world: ShellWorld, factory: ShellWorldFactory, directories: XDGDirectories, secrets: SecretWorldSlot) {
        home = world
        current = CurrentWorld(world, world.evaluator(terminal: factory.terminal))
        self.factory = factory
        self.directories = directories
        self.secrets = secrets
        dryRun = world.interpreter.options.dryRun
    }

    /// The evaluator statements go to now.
    var evaluator: InterpreterEvaluator { current.evaluator }
    /// The world statements run in now.
    var world: ShellWorld { current.world }

    /// The prompt: what is switched on, then the evaluator's (`(functions 2/6, dry) sandbox:demo> `).
    func prompt() -> String {
        var marks: [String] = []
        if let lesson { marks.append(lesson.promptMark) }
        if dryRun { marks.append("dry") }
        return output.prompt((marks.isEmpty ? "" : "(\(marks.joined(separator: ", "))) ") + evaluator.prompt())
    }

    /// `.presenter on|off`: one switch for the run, every world's output and both streams.
    var presenter: Bool {
        get { output.presenter.isOn }
        set { output.presenter.isOn = newValue }
    }

    /// Runs statements in `world` from now on.
    func enter(_ world: ShellWorld) {
        world.interpreter.options.dryRun = dryRun
        secrets.use(world.backend.client)
        output.redactSecret(of: world.backend.client)
        let evaluator = world.evaluator(terminal: output)
        current.set(world, evaluator)
    }

    /// Where a lesson file's relative path resolves: the learner's own folder, during a lesson too
    /// (whose statements resolve paths in the lesson's folder).
    var learnerDirectory: String { home.evaluator(terminal: output).baseDirectory }

    /// Back to the learner's own world (after a lesson).
    func enterHome() { enter(home) }

    /// `.dryrun on|off`: the interpreter's one switch, in this world and those made later.
    func setDryRun(_ on: Bool) {
        dryRun = on
        world.interpreter.options.dryRun = on
    }

    /// `.reset`: asks, then replaces the learner's sandbox with an empty one. Refused when talking
    /// to an account, or during a lesson (`learn restart` starts a lesson's sandbox afresh).
    func reset(assumeYes: Bool) async {
        guard lesson == nil else {
            output.standardError("error: .reset is not for a lesson's sandbox: `learn restart` starts the lesson afresh\n")
            return
        }
        guard let sandbox = home.backend.sandbox else {
            output.standardError("error: .reset empties the embedded sandbox only; this session talks to account \(home.backend.label): nothing was changed\n")
            return
        }
        let shown = directories.abbreviated(sandbox.path)
        if !assumeYes {
            output.standardError("Empty the sandbox (data in \(shown))? Every service, build and variable in it is deleted. [y/N] ")
            let answer = await ConfirmationReader.readAnswer()?.trimmingCharacters(in: .whitespaces).lowercased()
            guard answer == "y" || answer == "yes" else {
                output.standardOutput("reset cancelled: nothing was changed\n")
                return
            }
        }
        await home.backend.shutdown()
        SandboxFiles.remove(sandbox.path)
        let fresh = factory.world(on: factory.sandbox(at: sandbox.path, reason: "reset"), interactive: true, dryRun: dryRun)
        home = fresh
        enter(fresh)
        output.standardOutput("sandbox reset: empty, data in \(shown) (variables and `use` start afresh too)\n")
    }

    /// Stops every backend this workspace started.
    func shutdown() async {
        await lesson?.world.backend.shutdown()
        await home.backend.shutdown()
    }
}

/// The client whose secret the history must never keep: the world in use's.
final class SecretWorldSlot: Sendable {
    private let client: Mutex<ServerlessClient>

    init(_ client: ServerlessClient) { self.client = Mutex(client) }

    func use(_ client: ServerlessClient) { self.client.withLock { $0 = client } }

    /// Whether `line` shows the secret.
    func reveals(_ line: String) -> Bool {
        client.withLock { $0 }.configuration?.credentials.isRevealed(in: line) == true
    }
}

/// The world in use and its evaluator, which Tab and hints (on the line editor's thread) ask too.
final class CurrentWorld: Sendable {
    private let state: Mutex<(world: ShellWorld, evaluator: InterpreterEvaluator)>

    init(_ world: ShellWorld, _ evaluator: InterpreterEvaluator) { state = Mutex((world, evaluator)) }

    var world: ShellWorld { state.withLock { $0.world } }
    var evaluator: InterpreterEvaluator { state.withLock { $0.evaluator } }

    func set(_ world: ShellWorld, _ evaluator: InterpreterEvaluator) { state.withLock { $0 = (world, evaluator) } }
}

@_spi(Evaluation) import BuildScript
import Foundation
import LineEditor
import ServerlessClient
import ServerlessVerbs

/// Builds the interpreter for a run (backend, verbs, options, `$args`) and runs the chosen input:
/// a script to its end, or the REPL until Ctrl-D.
struct ShellLauncher {
    let options: LaunchOptions
    let terminal: TerminalOutput

    private var factory: ShellWorldFactory { ShellWorldFactory(options: options, terminal: terminal) }

    /// Runs `input`; returns the exit status.
    func run(_ input: ScriptInput) async -> Int32 {
        if let rehearsal = options.rehearsal {
            return await Rehearsal(launcher: self, rehearsal: rehearsal).run(input)
        }
        let backend: ApiBackend
        do {
            backend = try factory.connect()
        } catch {
            terminal.standardError("buildsh: \(error.message)\n")
            return ExitStatus.usageOrSyntaxError.rawValue
        }
        let status = await run(input, on: backend)
        await backend.shutdown()
        return status
    }

    /// Runs `input` with the verbs on `backend` (which the caller shuts down).
    func run(_ input: ScriptInput, on backend: ApiBackend) async -> Int32 {
        let interactive = input == .repl
        let world = factory.world(on: backend, interactive: interactive, dryRun: options.dryRun)
        world.interpreter.setVariable("args", to: .list(input.arguments.map { .string($0) }))
        let status: Int32
        if interactive {
            status = await runRepl(world)
        } else {
            if options.verbose {
                terminal.standardError(backend.banner + "\n")
            }
            if terminal.presenter.isOn {
                terminal.standardError(PresenterMode.banner + "\n")
            }
            status = await ScriptRunner(interpreter: world.interpreter, interrupts: InterruptController(), terminal: terminal).run(input)
        }
        return status
    }

    private func runRepl(_ world: ShellWorld) async -> Int32 {
        let interrupts = InterruptController()
        let directories = XDGDirectories(environment: options.environment)
        let editor: LineEditor
        do {
            // History never keeps a line showing this run's secret (in any case, or as the base64 of
            // `SID:secret`), on top of the filter's own heuristics. The secret asked is that of the
            // world in use: `.reset` and lessons change it.
            let secrets = SecretWorldSlot(world.backend.client)
            editor = try LineEditor(configuration: LineEditorConfiguration(
                historyPath: directories.historyFile,
                isSecret: { SecretLineFilter.isSecret($0) || secrets.reveals($0) }))
            let workspace = ReplWorkspace(world: world, factory: factory, directories: directories, secrets: secrets)
            var settings = ReplSettings()
            settings.mode = options.outputMode ?? .table
            terminal.standardOutput(world.backend.banner + "\nType `help` for the verbs, `learn` for lessons, `.help` for settings. Tab completes.\n")
            if terminal.presenter.isOn { terminal.standardOutput(PresenterMode.banner + "\n") }
            let session = ReplSession(editor: editor, workspace: workspace, interrupts: interrupts, settings: settings, output: terminal)
            let status = await session.run()
            await workspace.shutdown()
            return status
        } catch {
            // Standard input is a terminal but output is not: run what is typed as one script.
            return await ScriptRunner(interpreter: world.interpreter, interrupts: interrupts, terminal: terminal)
                .run(.standardInput(arguments: []))
        }
    }
}

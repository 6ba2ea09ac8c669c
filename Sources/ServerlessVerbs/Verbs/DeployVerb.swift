import BuildScript
import Foundation
import ServerlessClient

/// `deploy DIR [service=NAME] [environment=dev] [runtime=…] [env_file=.env] [timeout=5m]`: deploys a
/// serverless-toolkit project folder incrementally — checks, plan, uploads of what changed, build,
/// variables, deployment. See docs/verbs.md, "deploy".
enum DeployVerb: SingleVerbDefinition {
    static let dir = TypedParameter.text(
        "dir", positional: true, doc: "The project folder (relative to the script's folder).", example: ".")
    static let service = TypedParameter.text(
        "service", doc: "The service's unique name (default: name in package.json); created when missing.")
    static let environment = TypedParameter.text(
        "environment",
        doc: "The environment: domain suffix or unique name (default dev); created when missing, named as the serverless-toolkit names it.",
        example: "dev")
    static let production = TypedParameter.flag(
        "production", doc: "Deploy to the production environment (no domain suffix), as the toolkit's --production.")
    static let runtime = TypedParameter.text("runtime", doc: "The build runtime (default: engines.node of package.json, else node22).")
    static let envFile = TypedParameter.text(
        "env_file", doc: "Variables to set, relative to the folder (default .env when present).", example: ".env")
    static let functionsFolder = TypedParameter.text("functions_folder", doc: "The functions folder (default functions/, else src/).")
    static let assetsFolder = TypedParameter.text("assets_folder", doc: "The assets folder (default assets/, else static/).")
    static let timeout = TypedParameter.duration("timeout", doc: "How long to wait for the build (default 5m).", example: "10m")

    static let name = "deploy"
    static let changesAccount = true
    static let summary = "Deploy a project folder (functions/, assets/, package.json, .env), uploading only what changed."
    static let parameters = [dir, service, environment].map(\.declaration) + [production.declaration]
        + [runtime, envFile, functionsFolder, assetsFolder].map(\.declaration) + [timeout.declaration]

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        // A timeout becomes a Duration later: finite, not negative, bounded (an error naming it, never a trap).
        if let seconds = arguments[timeout] { _ = try WholeNumber.seconds(seconds, naming: "timeout") }
        return try await session.deploy(arguments, call)
    }

    static let examples = VerbExample.lines(
        """
        deploy project service=hello-project environment=dev
        deploy project service=hello-project environment=stage runtime=node22 timeout=2m
        """)
}

extension VerbSession {
    /// The body of `deploy`: read and check the project, plan with reads only, print the plan, then
    /// (unless a dry run) carry it out and return the result record.
    func deploy(_ arguments: Arguments, _ call: CallContext) async throws -> Value {
        let directory = Self.projectDirectory(arguments[DeployVerb.dir] ?? "", call: call)
        guard FileManager.default.fileExists(atPath: directory) else {
            throw DeployError.checksFailed([DeployProblem(file: nil, message: "no project folder at \(directory)")])
        }
        let account = ToolkitAccount(try await executor.client.startedConfiguration())
        let inputs = DeployInputs.gather(directory: directory, arguments: DeploySettings.Arguments(
            service: arguments[DeployVerb.service], environment: arguments[DeployVerb.environment],
            production: arguments[DeployVerb.production], runtime: arguments[DeployVerb.runtime],
            envFile: arguments[DeployVerb.envFile], functionsFolder: arguments[DeployVerb.functionsFolder],
            assetsFolder: arguments[DeployVerb.assetsFolder]), account: account)
        for warning in inputs.warnings { note(warning) }
        let (project, settings) = (inputs.project, inputs.settings)
        let problems = inputs.problems + DeployChecks.problems(of: project)
        guard problems.isEmpty else { throw DeployError.checksFailed(problems) }
        let state: DeployState
        do {
            state = try DeployState.load(from: directory)
        } catch {
            note(error.warning)
            state = DeployState()
        }
        let client = executor.client
        let plan = try await DeployPlanner(client: client, state: state).plan(project, settings)
        for line in plan.notes { note(line) }
        if call.isDryRun { note(inputs.settingsText) }
        note(DeployPlanText.render(plan))
        if call.isDryRun {
            note("dry run: nothing was created")
            return .null
        }
        let progress = DeployProgress()
        let line = LiveProgressLine(write: options.progressWriter) { tick, elapsed in
            ProgressText.deploy(progress.current, elapsed: elapsed, tick: tick)
        }
        defer { line.finish() }
        let timeout = arguments[DeployVerb.timeout].map { Duration.seconds($0) } ?? .seconds(300)
        let runner = DeployRunner(
            client: client, directory: directory, timeout: timeout, progress: progress, warn: { [weak self] in self?.note($0) })
        let outcome = try await runner.run(plan, state: state)
        // The summary takes the progress line's place, not the end of it.
        line.finish()
        let result = DeployResult.record(plan, outcome)
        note(DeploySummaryText.render(plan, outcome))
        context.seen.remember(outcome.service.sid, kind: .service)
        context.seen.remember(outcome.build, kind: .build)
        if let problem = ToolkitDeployInfo.recordDeploy(
            in: directory, current: inputs.deployInfo, account: account, service: outcome.service.sid, build: outcome.build)
        {
            note(problem)
        }
        return result
    }

    /// `dir` made absolute: relative to the running script's folder when the call comes from a script
    /// file, else to the interpreter's working directory (or the process's).
    static func projectDirectory(_ dir: String, call: CallContext) -> String {
        let expanded = (dir as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        var base = call.interpreter.options.workingDirectory ?? FileManager.default.currentDirectoryPath
        let script = call.range.file
        if script.hasSuffix(".bsh"), FileManager.default.fileExists(atPath: script) {
            let folder = (script as NSString).deletingLastPathComponent
            base = folder.hasPrefix("/") ? folder : (base as NSString).appendingPathComponent(folder)
        }
        return ((base as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}

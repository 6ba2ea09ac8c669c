import BuildScript
import Foundation
import ServerlessClient

/// `deploy DIR [service=NAME] [environment=dev] [runtime=…] [env_file=.env] [timeout=5m]`: deploys a
/// serverless-toolkit project folder incrementally — checks, plan, uploads of what changed, build,
/// variables, deployment. See docs/verbs.md, "deploy".
enum DeployVerb {
    static func verb(session: VerbSession) -> Verb {
        Verb(
            "deploy",
            summary: "Deploy a project folder (functions/, assets/, package.json, .env), uploading only what changed.",
            parameters: [
                .positional("dir", .string, doc: "The project folder (relative to the script's folder).", example: "."),
                .named("service", .string, doc: "The service's unique name (default: name in package.json); created when missing."),
                .named("environment", .string, doc: "The environment's unique name (default dev); created when missing.", example: "dev"),
                .named("runtime", .string, doc: "The build runtime (default: engines.node of package.json, else node22)."),
                .named("env_file", .string, doc: "Variables to set, relative to the folder (default .env when present).", example: ".env"),
                .named("timeout", .duration, doc: "How long to wait for the build (default 5m).", example: "10m"),
            ],
            example: "deploy docs/examples/project service=hello-project environment=dev"
        ) { arguments, call in
            try await session.deploy(arguments, call)
        }
    }
}

extension VerbSession {
    /// The body of `deploy`: read and check the project, plan with reads only, print the plan, then
    /// (unless a dry run) carry it out and return the result record.
    func deploy(_ arguments: Arguments, _ call: CallContext) async throws -> Value {
        let directory = Self.projectDirectory(arguments.string("dir") ?? "", call: call)
        let (project, readProblems) = ProjectReader.read(directory: directory, envFile: arguments.string("env_file"))
        for difference in project.envDifferences { note("warning: \(project.envFile ?? ".env") \(difference)") }
        guard FileManager.default.fileExists(atPath: directory) else { throw DeployError.checksFailed(readProblems).scriptError }
        var problems = readProblems
        let settings = DeploySettings.resolve(
            service: arguments.string("service"), environment: arguments.string("environment"),
            runtime: arguments.string("runtime"), project: project, problems: &problems)
        problems += DeployChecks.problems(of: project)
        guard problems.isEmpty else { throw DeployError.checksFailed(problems).scriptError }
        let state: DeployState
        do {
            state = try DeployState.load(from: directory)
        } catch {
            note(error.warning)
            state = DeployState()
        }
        let client = executor.client
        do {
            let plan = try await DeployPlanner(client: client, state: state).plan(project, settings)
            note(DeployPlanText.render(plan))
            if call.isDryRun || options.dryRun {
                note("dry run: nothing was created")
                return .null
            }
            let progress = DeployProgress()
            let line = LiveProgressLine(write: options.progressWriter) { tick, elapsed in
                ProgressText.deploy(progress.current, elapsed: elapsed, tick: tick)
            }
            defer { line.finish() }
            let timeout = arguments.duration("timeout").map { Duration.milliseconds(Int64(($0 * 1000).rounded())) } ?? .seconds(300)
            let runner = DeployRunner(
                client: client, directory: directory, timeout: timeout, progress: progress, warn: { [weak self] in self?.note($0) })
            let outcome = try await runner.run(plan, state: state)
            let result = DeployResult.record(plan, outcome)
            note(DeploySummaryText.render(plan, outcome))
            context.seen.remember(outcome.service.sid, noun: "service")
            context.seen.remember(outcome.build, noun: "build")
            return result
        } catch let error as DeployError {
            throw error.scriptError
        } catch let error as ServerlessError {
            throw ServerlessVerbError.api(error).scriptError
        }
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

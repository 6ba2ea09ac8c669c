import BuildScript
import ServerlessClient

extension VerbSession {
    /// `promote from=ENV (to=ENV | production=true) [service=…] [create=true] [copy_variables=true]`:
    /// deploys the build the source environment runs to the target environment (created first with
    /// `create=true`, named as the serverless-toolkit names it: `stage` becomes `stage-environment`
    /// with domain suffix `stage`; `production` has none). With `copy_variables=true` the source's
    /// variables are copied first; without it, a note names the source's keys the target lacks. When
    /// the build is already live there — seen before deploying, or Twilio's 409 "Environment has
    /// already requested deployment" — that is said and returned, not raised.
    func promote(_ arguments: Arguments, _ call: CallContext) async throws -> Value {
        let service = try await requiredWorkflowService(arguments[PromoteVerb.service], command: "promote")
        let production = arguments[PromoteVerb.production]
        let given = arguments[PromoteVerb.to].flatMap { $0 == .null ? nil : $0 }
        let fromValue = arguments[PromoteVerb.from]
        guard production || given != nil else {
            throw ServerlessVerbError.usage("promote needs from=ENVIRONMENT and to=ENVIRONMENT (or production=true)")
        }
        if production, let given, EnvironmentName(Self.spelled(given)) != .production {
            throw ServerlessVerbError.usage("production=true and to= both name the target environment; pass one")
        }
        let toValue: Value = production ? .string(EnvironmentName.productionWord) : given ?? .null
        guard let source = try await workflowEnvironment(fromValue, in: service) else {
            throw ServerlessVerbError.nameNotFound(.environment, name: Self.spelled(fromValue), service: service.displayName)
        }
        guard let build = source.buildSid else {
            throw ServerlessVerbError.usage(
                "environment \(source.displayName) runs no build, so there is nothing to promote (deploy one with `create deployment \(source.displayName) build=…`)")
        }
        let dryRun = call.isDryRun
        let client = executor.client
        var target = try await workflowEnvironment(toValue, in: service)
        if target?.sid == source.sid {
            throw ServerlessVerbError.usage("from= and to= name the same environment (\(source.displayName))")
        }
        let copy = arguments[PromoteVerb.copyVariables]
        let sourceVariables = try await client.listVariables(service: service.sid, environment: source.sid, pageSize: 1000).collect()
        var targetVariables: [Variable] = []
        if let existing = target {
            targetVariables = try await client.listVariables(service: service.sid, environment: existing.sid, pageSize: 1000).collect()
        }
        let variables = PromoteVariables(source: sourceVariables, target: targetVariables)
        if target == nil {
            let name = Self.spelled(toValue)
            guard arguments[PromoteVerb.create] else {
                throw ServerlessVerbError.usage(
                    "no environment named '\(name)' in service \(service.displayName); pass create=true to create it")
            }
            let naming: ToolkitEnvironmentNaming
            switch ToolkitEnvironmentNaming.forNew(EnvironmentName(name)) {
            case .success(let made): naming = made
            case .failure(let problem): throw ServerlessVerbError.usage(problem.description)
            }
            let described = "\(naming.uniqueName) (" + (naming.domainSuffix.map { "domain suffix \($0)" } ?? "no domain suffix") + ")"
            if dryRun {
                note("dry run: would create environment \(described) in service \(service.displayName) and deploy build \(build) (live in \(source.displayName)) to it")
                if copy { note(variables.copiedText(from: source.displayName, to: naming.uniqueName, dryRun: true)) }
                return .null
            }
            target = try await client.createEnvironment(
                service: service.sid, uniqueName: naming.uniqueName, domainSuffix: naming.domainSuffix)
            note("created environment \(described) in service \(service.displayName)")
        }
        guard let target else { return .null }
        if copy {
            note(variables.copiedText(from: source.displayName, to: target.displayName, dryRun: dryRun))
            if !dryRun { try await variables.apply(client: client, service: service.sid, environment: target.sid) }
        } else if let line = variables.note(from: source.displayName, to: target.displayName) {
            note(line)
        }
        let copied = copy ? variables.writes.count : 0
        if target.buildSid == build {
            note(PromoteText.alreadyLive(build: build, target: target, twilioSaid: nil))
            return PromoteText.record(service: service, source: source, target: target, build: build, deployment: nil, variablesCopied: copied)
        }
        if dryRun {
            note("dry run: would deploy build \(build) (live in \(source.displayName)) to \(target.displayName) in service \(service.displayName)")
            return .null
        }
        let line = LiveProgressLine(write: options.progressWriter) { tick, elapsed in
            "\(ProgressText.spinnerFrame(tick)) promoting \(build) \(source.displayName) → \(target.displayName) \(ProgressText.elapsed(elapsed))"
        }
        let deployment: Deployment
        do {
            defer { line.finish() }
            deployment = try await client.createDeployment(service: service.sid, environment: target.sid, build: build)
        } catch let error as ServerlessError where error.status == 409 {
            if case .api(let failure) = error { note(PromoteText.alreadyLive(build: build, target: target, twilioSaid: failure.message)) }
            return PromoteText.record(service: service, source: source, target: target, build: build, deployment: nil, variablesCopied: copied)
        }
        note("promoted build \(build) from \(source.displayName) to \(target.displayName)" + PromoteText.url(target))
        context.seen.remember(deployment.sid, kind: .deployment)
        return PromoteText.record(service: service, source: source, target: target, build: build, deployment: deployment, variablesCopied: copied)
    }

    /// The name an environment argument spells (its text, or a record's unique name or SID).
    static func spelled(_ value: Value) -> String {
        value.stringValue ?? value["unique_name"].stringValue ?? value["sid"].stringValue ?? "?"
    }
}

/// What `promote` says and returns.
enum PromoteText {
    /// `build ZB… is already live in prod: nothing to do (Twilio: "Environment has already requested deployment")`.
    static func alreadyLive(build: String, target: Environment, twilioSaid: String?) -> String {
        "build \(build) is already live in \(target.displayName): nothing to do"
            + (twilioSaid.map { " (Twilio answered 409: \"\($0)\")" } ?? "")
    }

    /// ` at https://demo-1234-prod.twil.io` when the environment has a domain.
    static func url(_ environment: Environment) -> String {
        environment.domainName.map { " at https://\($0)" } ?? ""
    }

    /// The result: service, environments, build, deployment (null when it was already live), URL,
    /// how many variables were copied.
    static func record(
        service: Service, source: Environment, target: Environment, build: String, deployment: Deployment?, variablesCopied: Int
    ) -> Value {
        [
            "service": .string(service.displayName),
            "from": .string(source.displayName),
            "to": .string(target.displayName),
            "build_sid": .string(build),
            "deployment_sid": deployment.map { .string($0.sid) } ?? .null,
            "result": .string(deployment == nil ? "already live" : "deployed"),
            "url": target.domainName.map { .string("https://\($0)") } ?? .null,
            "variables_copied": .number(Double(variablesCopied)),
        ]
    }
}

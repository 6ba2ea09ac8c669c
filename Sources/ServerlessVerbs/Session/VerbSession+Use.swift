import BuildScript
import ServerlessClient

extension VerbSession {
    /// `{service, environment}` as unique names (or SIDs), `null` where none is chosen.
    var currentContext: Value {
        [
            "service": context.service.map { .string($0.displayName) } ?? .null,
            "environment": context.environment.map { .string($0.displayName) } ?? .null,
        ]
    }

    /// `use service X`: fetches it (so a typo fails now, not later) and remembers SID and name.
    func useService(_ value: Value?) async throws -> Value {
        guard let value, value != .null else {
            context.use(service: nil)
            return .null
        }
        context.use(service: try await selection(of: value, .service))
        return .null
    }

    /// `use environment Y [service=X]`.
    func useEnvironment(_ value: Value?, service: Value?) async throws -> Value {
        if let service, service != .null {
            context.use(service: try await selection(of: service, .service))
        }
        guard let value, value != .null else {
            context.use(environment: nil)
            return .null
        }
        guard let current = context.service else {
            throw ServerlessVerbError.missingScope(command: "use environment", scope: .service)
        }
        context.use(environment: try await selection(of: value, .environment, service: current.sid))
        return .null
    }

    /// Fetches the service or environment a `use` names.
    private func selection(of value: Value, _ kind: ResourceKind, service: String? = nil) async throws
        -> VerbContext.Selection
    {
        let noun = NounTable.noun(kind)
        var arguments = Arguments()
        arguments.values[ResourceVerbs.subjectName(.fetch, noun) ?? noun.name] = value
        if let service { arguments.values[NounScope.service.rawValue] = .string(service) }
        let record = try await executor.perform(try await resolver.resolve(.fetch, noun, arguments))
        context.seen.remember(resource: record)
        guard let sid = record["sid"].stringText else {
            throw ServerlessVerbError.usage("the \(noun.name) record has no sid")
        }
        return VerbContext.Selection(sid: sid, uniqueName: record["unique_name"].stringText)
    }
}

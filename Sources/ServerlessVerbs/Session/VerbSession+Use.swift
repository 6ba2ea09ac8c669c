import BuildScript

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
        do {
            guard let value, value != .null else {
                context.use(service: nil)
                return .null
            }
            let service = try await selection(of: value, noun: "service", scope: [:])
            context.use(service: service)
            return .null
        } catch let error as ServerlessVerbError {
            throw error.scriptError
        }
    }

    /// `use environment Y [service=X]`.
    func useEnvironment(_ value: Value?, service: Value?) async throws -> Value {
        do {
            if let service, service != .null {
                context.use(service: try await selection(of: service, noun: "service", scope: [:]))
            }
            guard let value, value != .null else {
                context.use(environment: nil)
                return .null
            }
            guard let current = context.service else {
                throw ServerlessVerbError.missingScope(verb: "use", noun: "environment", scope: "service")
            }
            let environment = try await selection(of: value, noun: "environment", scope: [.service: current.sid])
            context.use(environment: environment)
            return .null
        } catch let error as ServerlessVerbError {
            throw error.scriptError
        }
    }

    /// Fetches the service or environment a `use` names.
    private func selection(of value: Value, noun name: String, scope: [NounScope: String]) async throws
        -> VerbContext.Selection
    {
        guard let noun = NounTable.noun(named: name) else { throw ServerlessVerbError.unknownNoun(name, suggestion: nil) }
        let named = scope.map { ($0.key.rawValue, Value.string($0.value)) }
        let call = try await binder.bind(.fetch, noun, positional: [value], named: named)
        let record = try await gateway.perform(call)
        context.seen.remember(resource: record)
        guard let sid = record["sid"].stringText else {
            throw ServerlessVerbError.usage("the \(name) record has no sid")
        }
        return VerbContext.Selection(sid: sid, uniqueName: record["unique_name"].stringText)
    }
}

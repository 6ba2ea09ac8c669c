import BuildScript

/// Resolves a resource verb's checked arguments into a ``ResourceCall``. BuildScript's
/// `ArgumentBinder` has already checked them against the verb's parameters (which come from the
/// noun table: names, types, what is required, how many positional); this resolves what only the
/// API context can: the target (an environment's unique name or suffix looked up), the parents,
/// taken from explicit `service=`/`environment=`/`function=`/`asset=`, from records passed in, or
/// from the `use` context (in that order), and the values converted for the client.
struct ResourceCallResolver {
    /// Looks up an environment's SID by domain suffix or unique name within a service (``EnvironmentName``).
    typealias EnvironmentLookup = @Sendable (_ service: String, _ name: String) async throws -> String

    let context: VerbContext
    let findEnvironment: EnvironmentLookup

    /// Resolves `verb noun [subject] name=value...`, whose arguments the language has checked.
    func resolve(_ action: NounAction, _ noun: ResourceNoun, _ arguments: Arguments) async throws -> ResourceCall {
        let operation = noun.operations[action] ?? NounOperation(operationID: "", summary: "", parameters: [])
        let subject = ResourceVerbs.subjectName(action, noun)
        var call = ResourceCall(noun: noun, action: action, scope: [:], target: nil, arguments: [:])
        var explicitScope: [NounScope: Value] = [:]
        // Records contribute their parents; later sources never override earlier ones.
        var inherited: [NounScope: String] = [:]
        for (name, value) in arguments.values {
            if name == subject, action.takesTarget {
                let reference = try ResourceReference(value, kind: noun.kind)
                inherited.merge(reference.parents) { first, _ in first }
                call.target = reference.identifier
            } else if let scope = NounScope(rawValue: name), noun.scope.contains(scope) {
                explicitScope[scope] = value
            } else if let parameter = operation.parameter(named: name) {
                call.arguments[parameter.name] = try ArgumentConversion.convert(value, for: parameter)
            }
        }
        for scope in noun.scope {
            guard let value = explicitScope[scope] else { continue }
            let reference = try ResourceReference(value, kind: scope.kind)
            inherited.merge(reference.parents) { first, _ in first }
            call.scope[scope] = try await resolveName(reference, scope: scope, in: call, inherited: inherited)
        }
        try fillScope(&call, inherited: inherited)
        if let target = call.target, !ResourceReference.isSID(target) {
            switch noun.kind {
            case .service: break
            case .environment: call.target = try await findEnvironment(call.parent(.service), target)
            default: throw ServerlessVerbError.nameNotAccepted(noun.kind, name: target)
            }
        }
        return call
    }

    /// Environments given by name (domain suffix or unique name) are looked up; services pass names through (the API takes them).
    private func resolveName(
        _ reference: ResourceReference, scope: NounScope, in call: ResourceCall, inherited: [NounScope: String]
    ) async throws -> String {
        guard !ResourceReference.isSID(reference.identifier) else { return reference.identifier }
        switch scope {
        case .service:
            return reference.identifier
        case .environment:
            guard let service = call.scope[.service] ?? inherited[.service] ?? context.service?.sid else {
                throw ServerlessVerbError.missingScope(command: call.command, scope: .service)
            }
            return try await findEnvironment(service, reference.identifier)
        case .function, .asset:
            throw ServerlessVerbError.nameNotAccepted(scope.kind, name: reference.identifier)
        }
    }

    /// Fills every parent not given explicitly from records, then from the `use` context.
    private func fillScope(_ call: inout ResourceCall, inherited: [NounScope: String]) throws {
        for scope in call.noun.scope where call.scope[scope] == nil {
            if let sid = inherited[scope] {
                call.scope[scope] = sid
            } else if scope == .service, let service = context.service {
                call.scope[scope] = service.sid
            } else if scope == .environment, let environment = context.environment,
                      call.scope[.service] == nil || call.scope[.service] == context.service?.sid
                        || call.scope[.service] == context.service?.uniqueName
            {
                call.scope[scope] = environment.sid
            } else {
                throw ServerlessVerbError.missingScope(command: call.command, scope: scope)
            }
        }
    }
}

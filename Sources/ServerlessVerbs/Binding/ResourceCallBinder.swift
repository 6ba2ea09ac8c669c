import BuildScript

/// Turns a verb's script arguments into a ``ResourceCall``: checks the parameters against the noun
/// table, takes parents from explicit `service=`/`environment=`/`function=`/`asset=`, from records
/// passed in, or from the `use` context (in that order), and converts every value.
struct ResourceCallBinder {
    /// Looks up an environment's SID by unique name within a service.
    typealias EnvironmentLookup = @Sendable (_ service: String, _ name: String) async throws -> String

    let context: VerbContext
    let findEnvironment: EnvironmentLookup

    /// Binds `verb noun positional... name=value...`.
    func bind(
        _ action: NounAction, _ noun: ResourceNoun, positional: [Value], named: [(String, Value)]
    ) async throws -> ResourceCall {
        guard let operation = noun.operations[action] else {
            throw ServerlessVerbError.unsupported(
                action: action.rawValue, noun: noun.name, supported: noun.actions.map(\.rawValue))
        }
        let usage = Usage.line(action, noun)
        var call = ResourceCall(noun: noun, action: action, scope: [:], target: nil, arguments: [:])
        var explicitScope: [NounScope: Value] = [:]
        var parameters: [(NounParameter, Value)] = []
        for (name, value) in named {
            if let scope = NounScope(rawValue: name), noun.scope.contains(scope) {
                explicitScope[scope] = value
            } else if let parameter = operation.parameter(named: name) {
                parameters.append((parameter, value))
            } else {
                let candidates = operation.parameters.map(\.name) + noun.scope.map(\.rawValue)
                throw ServerlessVerbError.unknownParameter(
                    name: name, verb: action.rawValue, noun: noun.name,
                    suggestion: Suggestions.closest(to: name, in: candidates))
            }
        }
        // Records contribute their parents; later sources never override earlier ones.
        var inherited: [NounScope: String] = [:]
        let takesTarget = action == .fetch || action == .update || action == .delete
        if positional.count > 1 {
            throw ServerlessVerbError.tooManyArguments(verb: action.rawValue, noun: noun.name, usage: usage)
        }
        if takesTarget {
            guard let subject = positional.first else {
                throw ServerlessVerbError.missingResource(verb: action.rawValue, noun: noun.name, usage: usage)
            }
            let reference = try ResourceReference(subject, role: noun.name, prefix: noun.sidPrefix)
            inherited.merge(reference.parents) { first, _ in first }
            call.target = reference.identifier
        } else if let subject = positional.first {
            guard let parent = noun.parent else {
                throw ServerlessVerbError.tooManyArguments(verb: action.rawValue, noun: noun.name, usage: usage)
            }
            guard explicitScope[parent] == nil else {
                throw ServerlessVerbError.usage("the \(parent.rawValue) is given twice; usage: \(usage)")
            }
            explicitScope[parent] = subject
        }
        for scope in noun.scope {
            guard let value = explicitScope[scope] else { continue }
            let reference = try ResourceReference(value, role: scope.rawValue, prefix: scope.sidPrefix)
            inherited.merge(reference.parents) { first, _ in first }
            call.scope[scope] = try await resolveName(reference, scope: scope, in: call, inherited: inherited)
        }
        try fillScope(&call, inherited: inherited)
        if let target = call.target, !ResourceReference.isSID(target) {
            switch noun.name {
            case "service": break
            case "environment": call.target = try await findEnvironment(call.parent(.service), target)
            default: throw ServerlessVerbError.nameNotAccepted(noun: noun.name, name: target)
            }
        }
        for (parameter, value) in parameters {
            call.arguments[parameter.name] = try ArgumentConversion.convert(value, for: parameter)
        }
        for parameter in operation.parameters where parameter.isRequired && call.arguments[parameter.name] == nil {
            throw ServerlessVerbError.missingParameter(name: parameter.name, verb: action.rawValue, noun: noun.name)
        }
        return call
    }

    /// Environments given by unique name are looked up; services pass names through (the API takes them).
    private func resolveName(
        _ reference: ResourceReference, scope: NounScope, in call: ResourceCall, inherited: [NounScope: String]
    ) async throws -> String {
        guard !ResourceReference.isSID(reference.identifier) else { return reference.identifier }
        switch scope {
        case .service:
            return reference.identifier
        case .environment:
            guard let service = call.scope[.service] ?? inherited[.service] ?? context.service?.sid else {
                throw ServerlessVerbError.missingScope(verb: call.action.rawValue, noun: call.noun.name, scope: "service")
            }
            return try await findEnvironment(service, reference.identifier)
        case .function, .asset:
            throw ServerlessVerbError.nameNotAccepted(noun: scope.rawValue, name: reference.identifier)
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
                throw ServerlessVerbError.missingScope(verb: call.action.rawValue, noun: call.noun.name, scope: scope.rawValue)
            }
        }
    }
}

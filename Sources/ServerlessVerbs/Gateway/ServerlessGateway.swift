import BuildScript
import ServerlessClient

/// Carries out resolved ``ResourceCall``s with the client and returns script records. One file per
/// resource family holds the mapping from nouns to client methods.
struct ServerlessGateway: Sendable {
    let client: ServerlessClient

    /// Runs a create, fetch, update or delete; delete returns `null`.
    func perform(_ call: ResourceCall) async throws -> Value {
        do {
            switch call.noun.name {
            case "service": return try await services(call)
            case "function", "function version", "function version content": return try await functions(call)
            case "asset", "asset version": return try await assets(call)
            case "build", "build status": return try await builds(call)
            case "environment", "deployment": return try await environments(call)
            case "variable", "log": return try await variables(call)
            default: throw unsupported(call)
            }
        } catch let error as ServerlessError {
            throw ServerlessVerbError.api(error)
        }
    }

    /// Lists lazily.
    func list(_ call: ResourceCall) throws -> RecordStream {
        let size = call.integer("page_size")
        let limit = call.integer("limit")
        let service = call.parent(.service)
        switch call.noun.name {
        case "service": return RecordStream(client.listServices(pageSize: size, limit: limit))
        case "function": return RecordStream(client.listFunctions(service: service, pageSize: size, limit: limit))
        case "function version":
            return RecordStream(
                client.listFunctionVersions(service: service, function: call.parent(.function), pageSize: size, limit: limit))
        case "asset": return RecordStream(client.listAssets(service: service, pageSize: size, limit: limit))
        case "asset version":
            return RecordStream(
                client.listAssetVersions(service: service, asset: call.parent(.asset), pageSize: size, limit: limit))
        case "build": return RecordStream(client.listBuilds(service: service, pageSize: size, limit: limit))
        case "environment":
            return RecordStream(client.listEnvironments(service: service, pageSize: size, limit: limit))
        case "deployment":
            return RecordStream(
                client.listDeployments(service: service, environment: call.parent(.environment), pageSize: size, limit: limit))
        case "variable":
            return RecordStream(
                client.listVariables(service: service, environment: call.parent(.environment), pageSize: size, limit: limit))
        case "log":
            return RecordStream(
                client.listLogs(
                    service: service, environment: call.parent(.environment), function: call.string("function"),
                    startDate: call.date("start_date"), endDate: call.date("end_date"), pageSize: size, limit: limit))
        default: throw unsupported(call)
        }
    }

    /// The SID of the environment called `name` in `service`.
    func findEnvironment(service: String, name: String) async throws -> String {
        do {
            for try await environment in client.listEnvironments(service: service, pageSize: 1000)
            where environment.uniqueName == name || environment.domainSuffix == name {
                return environment.sid
            }
        } catch let error as ServerlessError {
            throw ServerlessVerbError.api(error)
        }
        throw ServerlessVerbError.nameNotFound(noun: "environment", name: name, service: service)
    }

    /// The error for a verb the noun lacks (the binder already checks; this keeps the switch total).
    func unsupported(_ call: ResourceCall) -> ServerlessVerbError {
        .unsupported(action: call.action.rawValue, noun: call.noun.name, supported: call.noun.actions.map(\.rawValue))
    }
}

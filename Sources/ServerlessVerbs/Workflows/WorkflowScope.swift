import BuildScript
import ServerlessClient

/// The service and environments a workflow verb acts on, looked up once through the client so
/// that plans and summaries can name them (`demo`, not `ZS…`).
extension VerbSession {
    /// The service named by `value` (SID, unique name or record); without one, the service in
    /// `use`; `nil` when neither is given.
    func workflowService(_ value: Value?) async throws -> Service? {
        let identifier: String
        if let value, value != .null {
            identifier = try ResourceReference(value, kind: .service).identifier
        } else if let current = context.service {
            identifier = current.sid
        } else {
            return nil
        }
        let client = executor.client
        let service = try await client.fetchService(service: identifier)
        context.seen.remember(service.sid, kind: .service)
        if let name = service.uniqueName { context.seen.remember(name, kind: .service) }
        return service
    }

    /// Like ``workflowService(_:)``, but a service is required: `command` names the command in the error.
    func requiredWorkflowService(_ value: Value?, command: String) async throws -> Service {
        guard let service = try await workflowService(value) else {
            throw ServerlessVerbError.missingScope(command: command, scope: .service)
        }
        return service
    }

    /// The environment of `service` named by `value` (SID, domain suffix, unique name or record,
    /// by ``EnvironmentName``'s rule); `nil` when a name matches none (a SID that does not exist is
    /// the API's 404 error).
    func workflowEnvironment(_ value: Value, in service: Service) async throws -> Environment? {
        let reference = try ResourceReference(value, kind: .environment)
        let client = executor.client
        if ResourceReference.isSID(reference.identifier) {
            return try await client.fetchEnvironment(service: service.sid, environment: reference.identifier)
        }
        let environments = try await client.listEnvironments(service: service.sid, pageSize: 1000).collect()
        return EnvironmentName(reference.identifier).find(in: environments)
    }
}

extension Service {
    /// The name people know the service by: its unique name, else its SID.
    var displayName: String { uniqueName ?? sid }
}

extension Environment {
    /// The name people know the environment by: its unique name, else its SID.
    var displayName: String { uniqueName ?? sid }
}

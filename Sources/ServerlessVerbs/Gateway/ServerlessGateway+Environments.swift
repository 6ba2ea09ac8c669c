import BuildScript
import ServerlessClient

extension ServerlessGateway {
    /// Environments and Deployments.
    func environments(_ call: ResourceCall) async throws -> Value {
        let service = call.parent(.service)
        switch (call.noun.name, call.action) {
        case ("environment", .create):
            return try RecordEncoder.encode(
                await client.createEnvironment(
                    service: service, uniqueName: call.string("unique_name") ?? "",
                    domainSuffix: call.string("domain_suffix")))
        case ("environment", .fetch):
            return try RecordEncoder.encode(await client.fetchEnvironment(service: service, environment: call.sid))
        case ("environment", .delete):
            try await client.deleteEnvironment(service: service, environment: call.sid)
            return .null
        case ("deployment", .create):
            return try RecordEncoder.encode(
                await client.createDeployment(
                    service: service, environment: call.parent(.environment), build: call.string("build"),
                    isPlugin: call.bool("is_plugin")))
        case ("deployment", .fetch):
            return try RecordEncoder.encode(
                await client.fetchDeployment(service: service, environment: call.parent(.environment), deployment: call.sid))
        default:
            throw unsupported(call)
        }
    }
}

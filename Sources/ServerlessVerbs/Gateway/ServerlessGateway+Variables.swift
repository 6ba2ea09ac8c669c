import BuildScript
import ServerlessClient

extension ServerlessGateway {
    /// Variables and Logs of an Environment.
    func variables(_ call: ResourceCall) async throws -> Value {
        let service = call.parent(.service)
        let environment = call.parent(.environment)
        switch (call.noun.name, call.action) {
        case ("variable", .create):
            return try RecordEncoder.encode(
                await client.createVariable(
                    service: service, environment: environment, key: call.string("key") ?? "",
                    value: call.string("value") ?? ""))
        case ("variable", .fetch):
            return try RecordEncoder.encode(
                await client.fetchVariable(service: service, environment: environment, variable: call.sid))
        case ("variable", .update):
            return try RecordEncoder.encode(
                await client.updateVariable(
                    service: service, environment: environment, variable: call.sid, key: call.string("key"),
                    value: call.string("value")))
        case ("variable", .delete):
            try await client.deleteVariable(service: service, environment: environment, variable: call.sid)
            return .null
        case ("log", .fetch):
            return try RecordEncoder.encode(
                await client.fetchLog(service: service, environment: environment, log: call.sid))
        default:
            throw unsupported(call)
        }
    }
}

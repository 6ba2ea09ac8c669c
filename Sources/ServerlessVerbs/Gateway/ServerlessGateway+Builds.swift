import BuildScript
import ServerlessClient

extension ServerlessGateway {
    /// Builds and Build Status.
    func builds(_ call: ResourceCall) async throws -> Value {
        let service = call.parent(.service)
        switch (call.noun.name, call.action) {
        case ("build", .create):
            var dependencies: Dependencies?
            if case .dependencies(let given)? = call.arguments["dependencies"] { dependencies = given }
            return try RecordEncoder.encode(
                await client.createBuild(
                    service: service, functionVersions: call.strings("functions"), assetVersions: call.strings("assets"),
                    dependencies: dependencies, runtime: call.string("runtime").map(Runtime.init(rawValue:))))
        case ("build", .fetch):
            return try RecordEncoder.encode(await client.fetchBuild(service: service, build: call.sid))
        case ("build", .delete):
            try await client.deleteBuild(service: service, build: call.sid)
            return .null
        case ("build status", .fetch):
            return try RecordEncoder.encode(await client.fetchBuildStatus(service: service, build: call.sid))
        default:
            throw unsupported(call)
        }
    }
}

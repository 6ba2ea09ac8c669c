import BuildScript
import ServerlessClient

extension ServerlessGateway {
    /// Services: create, fetch, update, delete (a unique name works wherever a SID does).
    func services(_ call: ResourceCall) async throws -> Value {
        switch call.action {
        case .create:
            return try RecordEncoder.encode(
                await client.createService(
                    uniqueName: call.string("unique_name") ?? "", friendlyName: call.string("friendly_name") ?? "",
                    includeCredentials: call.bool("include_credentials"), uiEditable: call.bool("ui_editable")))
        case .fetch:
            return try RecordEncoder.encode(await client.fetchService(service: call.sid))
        case .update:
            return try RecordEncoder.encode(
                await client.updateService(
                    service: call.sid, friendlyName: call.string("friendly_name"),
                    includeCredentials: call.bool("include_credentials"), uiEditable: call.bool("ui_editable")))
        case .delete:
            try await client.deleteService(service: call.sid)
            return .null
        case .list:
            throw unsupported(call)
        }
    }
}

import BuildScript
import ServerlessClient

extension ServerlessGateway {
    /// Assets and their Versions (upload, fetch).
    func assets(_ call: ResourceCall) async throws -> Value {
        let service = call.parent(.service)
        switch (call.noun.name, call.action) {
        case ("asset", .create):
            return try RecordEncoder.encode(
                await client.createAsset(service: service, friendlyName: call.string("friendly_name") ?? ""))
        case ("asset", .fetch):
            return try RecordEncoder.encode(await client.fetchAsset(service: service, asset: call.sid))
        case ("asset", .update):
            return try RecordEncoder.encode(
                await client.updateAsset(service: service, asset: call.sid, friendlyName: call.string("friendly_name") ?? ""))
        case ("asset", .delete):
            try await client.deleteAsset(service: service, asset: call.sid)
            return .null
        case ("asset version", .create):
            let upload = VersionUpload(call)
            return try RecordEncoder.encode(
                await client.createAssetVersion(
                    service: service, asset: call.parent(.asset), path: upload.path, visibility: upload.visibility,
                    content: upload.content, fileName: upload.fileName))
        case ("asset version", .fetch):
            return try RecordEncoder.encode(
                await client.fetchAssetVersion(service: service, asset: call.parent(.asset), version: call.sid))
        default:
            throw unsupported(call)
        }
    }
}

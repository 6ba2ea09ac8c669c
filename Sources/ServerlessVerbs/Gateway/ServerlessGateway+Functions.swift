import BuildScript
import Foundation
import ServerlessClient

extension ServerlessGateway {
    /// Functions, their Versions (upload, fetch) and a Version's Content.
    func functions(_ call: ResourceCall) async throws -> Value {
        let service = call.parent(.service)
        switch (call.noun.name, call.action) {
        case ("function", .create):
            return try RecordEncoder.encode(
                await client.createFunction(service: service, friendlyName: call.string("friendly_name") ?? ""))
        case ("function", .fetch):
            return try RecordEncoder.encode(await client.fetchFunction(service: service, function: call.sid))
        case ("function", .update):
            return try RecordEncoder.encode(
                await client.updateFunction(
                    service: service, function: call.sid, friendlyName: call.string("friendly_name") ?? ""))
        case ("function", .delete):
            try await client.deleteFunction(service: service, function: call.sid)
            return .null
        case ("function version", .create):
            let upload = VersionUpload(call)
            return try RecordEncoder.encode(
                await client.createFunctionVersion(
                    service: service, function: call.parent(.function), path: upload.path,
                    visibility: upload.visibility, content: upload.content, fileName: upload.fileName))
        case ("function version", .fetch):
            return try RecordEncoder.encode(
                await client.fetchFunctionVersion(service: service, function: call.parent(.function), version: call.sid))
        case ("function version content", .fetch):
            return try RecordEncoder.encode(
                await client.fetchFunctionVersionContent(
                    service: service, function: call.parent(.function), version: call.sid))
        default:
            throw unsupported(call)
        }
    }
}

/// The parts of a version upload, from a bound call.
struct VersionUpload {
    let path: String
    let visibility: Visibility
    let content: Data
    /// The file name sent with the content: the last part of the path (`/hello` → `hello`).
    let fileName: String?

    init(_ call: ResourceCall) {
        path = call.string("path") ?? "/"
        visibility = Visibility(rawValue: call.string("visibility") ?? "public")
        if case .content(let data)? = call.arguments["content"] { content = data } else { content = Data() }
        fileName = path.split(separator: "/").last.map(String.init)
    }
}

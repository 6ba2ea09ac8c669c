import BuildScript
import Foundation
import ServerlessClient

/// Carries out bound ``ResourceCall``s through the client's one generic path for every noun: the
/// noun's ``ResourceKind`` gives the request's path and record type, each parameter's wire name and
/// location (form, query, multipart) where its value travels. Nothing here names a noun.
struct ResourceExecutor: Sendable {
    let client: ServerlessClient

    /// Runs a create, fetch, update or delete; delete returns `null`.
    func perform(_ call: ResourceCall) async throws -> Value {
        let path = call.resourcePath
        switch call.action {
        case .create where path.kind.isUploaded:
            let upload = VersionUpload(call)
            return try RecordEncoder.encode(
                await client.upload(
                    path, servedAt: upload.path, visibility: upload.visibility, content: upload.content,
                    fileName: upload.fileName))
        case .create:
            return try RecordEncoder.encode(await client.create(path, form: fields(of: call, in: .form)))
        case .fetch:
            return try RecordEncoder.encode(await client.fetch(path))
        case .update:
            return try RecordEncoder.encode(await client.update(path, form: fields(of: call, in: .form)))
        case .delete:
            try await client.delete(path)
            return .null
        case .list:
            throw ServerlessVerbError.usage("a listing is a stream: use list(_:)")
        }
    }

    /// Lists lazily.
    func list(_ call: ResourceCall) throws -> RecordStream {
        guard let type = call.noun.kind.recordType as? any ListableRecord.Type else {
            throw ServerlessVerbError.unsupported(call.action, call.noun.kind)
        }
        return stream(of: type, call)
    }

    private func stream<Record: ListableRecord>(of type: Record.Type, _ call: ResourceCall) -> RecordStream {
        RecordStream(
            client.list(
                call.resourcePath, query: fields(of: call, in: .query), pageSize: call.integer("page_size"),
                limit: call.integer("limit"), as: type))
    }

    /// The SID of the environment `name` finds in `service` (``EnvironmentName``'s rule: domain
    /// suffix, then unique name).
    func findEnvironment(service: String, name: String) async throws -> String {
        let environments = try await client.listEnvironments(service: service, pageSize: 1000).collect()
        guard let found = EnvironmentName(name).find(in: environments) else {
            throw ServerlessVerbError.nameNotFound(.environment, name: name, service: service)
        }
        return found.sid
    }

    /// The call's arguments that travel in `location`, under their wire names, in the operation's
    /// order (paging arguments are `.client`: the list sends `PageSize` itself).
    private func fields(of call: ResourceCall, in location: NounParameterLocation) -> FormParameters {
        var fields = FormParameters()
        for parameter in call.noun.operations[call.action]?.parameters ?? []
        where parameter.location == location {
            guard let value = call.arguments[parameter.name] else { continue }
            let name = parameter.wireName
            switch value {
            case .string(let text): fields.add(name, text)
            case .bool(let flag): fields.add(name, flag)
            case .integer(let number): fields.add(name, number)
            case .date(let date): fields.add(name, date)
            case .strings(let list): fields.add(name, each: list)
            case .dependencies(let dependencies): fields.add(name, dependencies.wireValue)
            case .content: break
            }
        }
        return fields
    }
}

extension ResourceCall {
    /// Where the call's request goes: the noun's resource under the call's parents, and the target
    /// for fetch, update and delete.
    var resourcePath: ResourcePath {
        ResourcePath(noun.kind, parents: noun.scope.map(parent), sid: target)
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

import Foundation

/// Functions and Function Versions: `/v1/Services/{service}/Functions[/{function}/Versions]`.
extension ServerlessClient {
    /// Lists a Service's Functions, lazily.
    public func listFunctions(service: String, pageSize: Int? = nil, limit: Int? = nil) -> RecordList<Function> {
        list(try route(.function, service), pageSize: pageSize, limit: limit)
    }

    /// Creates a Function (its code is added with ``createFunctionVersion(service:function:path:visibility:content:fileName:contentType:)``).
    public func createFunction(service: String, friendlyName: String) async throws -> Function {
        var form = FormParameters()
        form.add("FriendlyName", friendlyName)
        return try await post(try route(.function, service), form: form)
    }

    /// Fetches a Function.
    public func fetchFunction(service: String, function: String) async throws -> Function {
        try await get(try route(.function, service, function))
    }

    /// Renames a Function.
    public func updateFunction(service: String, function: String, friendlyName: String) async throws -> Function {
        var form = FormParameters()
        form.add("FriendlyName", friendlyName)
        return try await post(try route(.function, service, function), form: form)
    }

    /// Deletes a Function (refused while one of its versions is in an active build).
    public func deleteFunction(service: String, function: String) async throws {
        try await delete(try route(.function, service, function))
    }

    /// Lists a Function's Versions, lazily.
    public func listFunctionVersions(
        service: String, function: String, pageSize: Int? = nil, limit: Int? = nil
    ) -> RecordList<FunctionVersion> {
        list(try route(.functionVersion, service, function), pageSize: pageSize, limit: limit)
    }

    /// Fetches a Function Version.
    public func fetchFunctionVersion(service: String, function: String, version: String) async throws
        -> FunctionVersion
    {
        try await get(try route(.functionVersion, service, function, version))
    }

    /// Fetches a Function Version's source code.
    public func fetchFunctionVersionContent(service: String, function: String, version: String) async throws
        -> FunctionVersionContent
    {
        try await get(try route(.functionVersionContent, service, function, version))
    }

    /// Uploads new code for a Function (multipart, to the upload host). Not retried once sent.
    public func createFunctionVersion(
        service: String, function: String, path: String, visibility: Visibility, content: Data,
        fileName: String? = nil, contentType: String = "application/javascript"
    ) async throws -> FunctionVersion {
        try await uploadVersion(
            ResourcePath(.functionVersion, parents: [service, function]), servedAt: path, visibility: visibility, content: content,
            fileName: fileName, contentType: contentType)
    }

    func multipart(
        path: String, visibility: Visibility, content: Data, fileName: String?, contentType: String
    ) throws -> MultipartUpload {
        let name = fileName ?? path.split(separator: "/").last.map(String.init) ?? "content"
        do {
            return try MultipartUpload(path: path, visibility: visibility, content: content,
                                       fileName: name.isEmpty ? "content" : name, contentType: contentType)
        } catch {
            throw ServerlessError.invalidArgument("cannot encode the upload of \(path): \(error)")
        }
    }
}

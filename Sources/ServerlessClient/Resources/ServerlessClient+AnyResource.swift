import Foundation

/// Every resource through one path: the request is built from the ``ResourcePath`` (so from the
/// spec's ``ResourceKind`` table) and the answer decoded as the kind's ``ResourceKind/recordType``.
/// The typed methods (``fetchBuild(service:build:)`` and the rest) send the same requests with Swift
/// types; a script interpreter or any caller that picks the resource at run time uses these.
extension ServerlessClient {
    /// Creates a resource in the collection `path` from form fields named as on the wire.
    /// Never retried once it may have reached the server.
    public func create(_ path: ResourcePath, form: FormParameters) async throws -> any APIRecord {
        try await post(try path.route(), form: form, as: path.kind.recordType)
    }

    /// Fetches one resource.
    public func fetch(_ path: ResourcePath) async throws -> any APIRecord {
        try await get(try path.route(), as: path.kind.recordType)
    }

    /// Updates one resource with form fields named as on the wire.
    public func update(_ path: ResourcePath, form: FormParameters) async throws -> any APIRecord {
        try await post(try path.route(), form: form, as: path.kind.recordType)
    }

    /// Deletes one resource. A retried DELETE that meets 404 counts as done.
    public func delete(_ path: ResourcePath) async throws {
        try await delete(try path.route())
    }

    /// Lists the collection `path` lazily, with extra `query` fields (wire names) such as a log's
    /// `StartDate`; `Record` must be the kind's record type.
    public func list<Record: ListableRecord>(
        _ path: ResourcePath, query: FormParameters = FormParameters(), pageSize: Int? = nil, limit: Int? = nil,
        as type: Record.Type = Record.self
    ) -> RecordList<Record> {
        list(try path.route(), query: query, pageSize: pageSize, limit: limit)
    }

    /// Uploads a new Function or Asset Version (multipart, to the upload host; ``ResourceKind/isUploaded``)
    /// into the collection `path`. `contentType` defaults to JavaScript for functions and
    /// `application/octet-stream` for assets. Not retried once sent.
    public func upload(
        _ path: ResourcePath, servedAt urlPath: String, visibility: Visibility, content: Data,
        fileName: String? = nil, contentType: String? = nil
    ) async throws -> any APIRecord {
        try await uploadVersion(
            path, servedAt: urlPath, visibility: visibility, content: content, fileName: fileName,
            contentType: contentType, as: path.kind.recordType)
    }

    /// The upload, decoded as `Record`.
    func uploadVersion<Record: Decodable>(
        _ path: ResourcePath, servedAt urlPath: String, visibility: Visibility, content: Data,
        fileName: String?, contentType: String?, as type: Record.Type = Record.self
    ) async throws -> Record {
        guard path.kind.isUploaded, path.sid == nil else {
            throw ServerlessError.invalidArgument("only a function or asset version is uploaded, not \(a: path.kind.rawValue)")
        }
        let type = contentType ?? (path.kind == .functionVersion ? "application/javascript" : "application/octet-stream")
        let body = try multipart(
            path: urlPath, visibility: visibility, content: content, fileName: fileName, contentType: type)
        return try await upload(try path.route(on: .upload), upload: body)
    }
}

import Foundation

/// URL building and the four request shapes every resource uses.
extension ServerlessClient {
    /// The absolute API URL for `/v1/<segments>`, each segment percent-encoded.
    func apiURL(_ segments: String...) throws(ServerlessError) -> String {
        try url(base: configuration.endpoints.apiBaseURL, segments)
    }

    /// The absolute upload-host URL for `/v1/<segments>`.
    func uploadURL(_ segments: String...) throws(ServerlessError) -> String {
        try url(base: configuration.endpoints.uploadBaseURL, segments)
    }

    private func url(base: String, _ segments: [String]) throws(ServerlessError) -> String {
        var url = base + "/v1"
        for segment in segments {
            let trimmed = segment.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else {
                throw ServerlessError.invalidArgument("an empty SID or name in \(segments.joined(separator: "/"))")
            }
            url += "/" + FormParameters.escape(trimmed)
        }
        return url
    }

    func get<Record: Decodable>(_ url: String, query: FormParameters = FormParameters()) async throws -> Record {
        let fullURL = query.isEmpty ? url : url + "?" + query.encoded
        return try await transport.send(APIRequest(method: .GET, url: fullURL, body: nil), decoding: Record.self)
    }

    func post<Record: Decodable>(_ url: String, form: FormParameters) async throws -> Record {
        try await transport.send(APIRequest(method: .POST, url: url, body: .form(form)), decoding: Record.self)
    }

    func upload<Record: Decodable>(_ url: String, upload: MultipartUpload) async throws -> Record {
        try await transport.send(APIRequest(method: .POST, url: url, body: .multipart(upload)), decoding: Record.self)
    }

    func delete(_ url: String) async throws {
        _ = try await transport.send(APIRequest(method: .DELETE, url: url, body: nil))
    }

    /// A lazy list; an invalid path argument is reported when iteration starts.
    func list<Record: ListableRecord>(
        _ url: @autoclosure () throws(ServerlessError) -> String, query: FormParameters = FormParameters(),
        pageSize: Int?, limit: Int?
    ) -> RecordList<Record> {
        RecordList(transport: transport, endpoints: configuration.endpoints, url: Result(catching: url),
                   query: query, pageSize: pageSize, limit: limit)
    }
}

extension ServerlessClient {
    /// The configuration requests use, starting the backend first when the client starts one on
    /// first use (``configuration`` is nil until then). For callers that must know the account
    /// before their first request: the account SID keys serverless-toolkit's `.twiliodeployinfo`.
    public func startedConfiguration() async throws -> Configuration {
        try await startup.transport().configuration
    }
}

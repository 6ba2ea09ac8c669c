/// Builds and Build Status: `/v1/Services/{service}/Builds`.
extension ServerlessClient {
    /// Lists a Service's Builds, lazily.
    public func listBuilds(service: String, pageSize: Int? = nil, limit: Int? = nil) -> RecordList<Build> {
        list(try route(.build, service), pageSize: pageSize, limit: limit)
    }

    /// Starts a Build of the given versions (SIDs `ZN…`; at least one is required by the API).
    /// The build begins as `building`; see ``awaitBuild(service:build:timeout:schedule:)``.
    ///
    /// Never retried once it may have reached the server (a retry would start a second build):
    /// such a failure is ``ServerlessError/outcomeUnknown(_:reason:)``.
    public func createBuild(
        service: String, functionVersions: [String] = [], assetVersions: [String] = [],
        dependencies: Dependencies? = nil, runtime: Runtime? = nil
    ) async throws -> Build {
        var form = FormParameters()
        form.add("FunctionVersions", each: functionVersions)
        form.add("AssetVersions", each: assetVersions)
        form.add("Dependencies", dependencies?.wireValue)
        form.add("Runtime", runtime?.rawValue)
        return try await post(try route(.build, service), form: form)
    }

    /// Fetches a Build.
    public func fetchBuild(service: String, build: String) async throws -> Build {
        try await get(try route(.build, service, build))
    }

    /// Deletes a Build (refused while it is deployed on an environment). A retried DELETE that
    /// meets 404 counts as done.
    public func deleteBuild(service: String, build: String) async throws {
        try await delete(try route(.build, service, build))
    }

    /// Fetches a Build's status only (a small response, for polling).
    public func fetchBuildStatus(service: String, build: String) async throws -> BuildStatus {
        try await get(try route(.buildStatus, service, build))
    }
}

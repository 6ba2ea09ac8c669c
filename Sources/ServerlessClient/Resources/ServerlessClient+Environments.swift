/// Environments and their Deployments: `/v1/Services/{service}/Environments[/{environment}/Deployments]`.
extension ServerlessClient {
    /// Lists a Service's Environments, lazily.
    public func listEnvironments(service: String, pageSize: Int? = nil, limit: Int? = nil)
        -> RecordList<Environment>
    {
        list(try apiURL("Services", service, "Environments"), pageSize: pageSize, limit: limit)
    }

    /// Creates an Environment; `domainSuffix` (≤ 16 characters) becomes part of its domain.
    public func createEnvironment(service: String, uniqueName: String, domainSuffix: String? = nil) async throws
        -> Environment
    {
        var form = FormParameters()
        form.add("UniqueName", uniqueName)
        form.add("DomainSuffix", domainSuffix)
        return try await post(try apiURL("Services", service, "Environments"), form: form)
    }

    /// Fetches an Environment.
    public func fetchEnvironment(service: String, environment: String) async throws -> Environment {
        try await get(try apiURL("Services", service, "Environments", environment))
    }

    /// Deletes an Environment.
    public func deleteEnvironment(service: String, environment: String) async throws {
        try await delete(try apiURL("Services", service, "Environments", environment))
    }

    /// Lists an Environment's Deployments, lazily.
    public func listDeployments(
        service: String, environment: String, pageSize: Int? = nil, limit: Int? = nil
    ) -> RecordList<Deployment> {
        list(try apiURL("Services", service, "Environments", environment, "Deployments"),
             pageSize: pageSize, limit: limit)
    }

    /// Deploys `build` to an Environment; without a build, clears the environment's active build.
    public func createDeployment(
        service: String, environment: String, build: String? = nil, isPlugin: Bool? = nil
    ) async throws -> Deployment {
        var form = FormParameters()
        form.add("BuildSid", build)
        form.add("IsPlugin", isPlugin)
        return try await post(try apiURL("Services", service, "Environments", environment, "Deployments"), form: form)
    }

    /// Fetches a Deployment.
    public func fetchDeployment(service: String, environment: String, deployment: String) async throws
        -> Deployment
    {
        try await get(try apiURL("Services", service, "Environments", environment, "Deployments", deployment))
    }
}

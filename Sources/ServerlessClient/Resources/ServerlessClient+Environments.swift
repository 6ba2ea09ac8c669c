/// Environments and their Deployments: `/v1/Services/{service}/Environments[/{environment}/Deployments]`.
extension ServerlessClient {
    /// Lists a Service's Environments, lazily.
    public func listEnvironments(service: String, pageSize: Int? = nil, limit: Int? = nil)
        -> RecordList<Environment>
    {
        list(try route(.environment, service), pageSize: pageSize, limit: limit)
    }

    /// Creates an Environment; `domainSuffix` (≤ 16 characters) becomes part of its domain.
    public func createEnvironment(service: String, uniqueName: String, domainSuffix: String? = nil) async throws
        -> Environment
    {
        var form = FormParameters()
        form.add("UniqueName", uniqueName)
        form.add("DomainSuffix", domainSuffix)
        return try await post(try route(.environment, service), form: form)
    }

    /// Fetches an Environment.
    public func fetchEnvironment(service: String, environment: String) async throws -> Environment {
        try await get(try route(.environment, service, environment))
    }

    /// Deletes an Environment.
    public func deleteEnvironment(service: String, environment: String) async throws {
        try await delete(try route(.environment, service, environment))
    }

    /// Lists an Environment's Deployments, lazily.
    public func listDeployments(
        service: String, environment: String, pageSize: Int? = nil, limit: Int? = nil
    ) -> RecordList<Deployment> {
        list(try route(.deployment, service, environment),
             pageSize: pageSize, limit: limit)
    }

    /// Deploys `build` to an Environment; without a build, clears the environment's active build.
    public func createDeployment(
        service: String, environment: String, build: String? = nil, isPlugin: Bool? = nil
    ) async throws -> Deployment {
        var form = FormParameters()
        form.add("BuildSid", build)
        form.add("IsPlugin", isPlugin)
        return try await post(try route(.deployment, service, environment), form: form)
    }

    /// Fetches a Deployment.
    public func fetchDeployment(service: String, environment: String, deployment: String) async throws
        -> Deployment
    {
        try await get(try route(.deployment, service, environment, deployment))
    }
}

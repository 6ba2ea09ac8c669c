/// Services: `/v1/Services`.
extension ServerlessClient {
    /// Lists the account's Services, lazily.
    public func listServices(pageSize: Int? = nil, limit: Int? = nil) -> RecordList<Service> {
        list(try route(.service), pageSize: pageSize, limit: limit)
    }

    /// Creates a Service. `uniqueName` (≤ 50 characters) must be unused in the account.
    public func createService(
        uniqueName: String, friendlyName: String, includeCredentials: Bool? = nil, uiEditable: Bool? = nil
    ) async throws -> Service {
        var form = FormParameters()
        form.add("UniqueName", uniqueName)
        form.add("FriendlyName", friendlyName)
        form.add("IncludeCredentials", includeCredentials)
        form.add("UiEditable", uiEditable)
        return try await post(try route(.service), form: form)
    }

    /// Fetches a Service by SID or unique name.
    public func fetchService(service: String) async throws -> Service {
        try await get(try route(.service, service))
    }

    /// Updates the given fields of a Service (its unique name cannot change).
    public func updateService(
        service: String, friendlyName: String? = nil, includeCredentials: Bool? = nil, uiEditable: Bool? = nil
    ) async throws -> Service {
        var form = FormParameters()
        form.add("FriendlyName", friendlyName)
        form.add("IncludeCredentials", includeCredentials)
        form.add("UiEditable", uiEditable)
        return try await post(try route(.service, service), form: form)
    }

    /// Deletes a Service and everything in it.
    public func deleteService(service: String) async throws {
        try await delete(try route(.service, service))
    }
}

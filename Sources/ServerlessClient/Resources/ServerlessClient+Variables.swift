import Foundation

/// Variables and Logs of an Environment: `/v1/Services/{service}/Environments/{environment}/{Variables|Logs}`.
extension ServerlessClient {
    /// Lists an Environment's Variables, lazily.
    public func listVariables(
        service: String, environment: String, pageSize: Int? = nil, limit: Int? = nil
    ) -> RecordList<Variable> {
        list(try route(.variable, service, environment),
             pageSize: pageSize, limit: limit)
    }

    /// Creates a Variable (`key` ≤ 128 characters, `value` ≤ 450 bytes).
    public func createVariable(service: String, environment: String, key: String, value: String) async throws
        -> Variable
    {
        var form = FormParameters()
        form.add("Key", key)
        form.add("Value", value)
        return try await post(try route(.variable, service, environment), form: form)
    }

    /// Fetches a Variable.
    public func fetchVariable(service: String, environment: String, variable: String) async throws -> Variable {
        try await get(try route(.variable, service, environment, variable))
    }

    /// Changes a Variable's key and/or value.
    public func updateVariable(
        service: String, environment: String, variable: String, key: String? = nil, value: String? = nil
    ) async throws -> Variable {
        var form = FormParameters()
        form.add("Key", key)
        form.add("Value", value)
        return try await post(
            try route(.variable, service, environment, variable), form: form)
    }

    /// Deletes a Variable.
    public func deleteVariable(service: String, environment: String, variable: String) async throws {
        try await delete(try route(.variable, service, environment, variable))
    }

    /// Lists an Environment's Logs, lazily, optionally for one Function and a time window
    /// (the API defaults to the last day).
    public func listLogs(
        service: String, environment: String, function: String? = nil, startDate: Date? = nil,
        endDate: Date? = nil, pageSize: Int? = nil, limit: Int? = nil
    ) -> RecordList<Log> {
        var query = FormParameters()
        query.add("FunctionSid", function)
        query.add("StartDate", startDate)
        query.add("EndDate", endDate)
        return list(try route(.log, service, environment),
                    query: query, pageSize: pageSize, limit: limit)
    }

    /// Fetches one Log entry.
    public func fetchLog(service: String, environment: String, log: String) async throws -> Log {
        try await get(try route(.log, service, environment, log))
    }
}

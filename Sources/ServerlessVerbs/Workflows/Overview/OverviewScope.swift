import BuildScript
import ServerlessClient

/// The service `status`, `diff environment` and `explain build` look at, named without a request:
/// the API takes a service's unique name wherever it takes its SID, so `status demo` lists demo's
/// environments straight away (a name that does not exist is the API's 404 there). That keeps
/// `status` within one request per environment plus two.
struct OverviewScope: Sendable {
    /// The SID or unique name the paths carry.
    let service: String
    /// How the service is shown: its unique name when known, else its SID.
    let name: String
}

extension VerbSession {
    /// The scope of `value` (SID, unique name or record), else of `use service`; `command` names
    /// the command in the error when there is neither.
    func overviewScope(_ value: Value?, command: String) throws -> OverviewScope {
        if let value, value != .null {
            let reference = try ResourceReference(value, kind: .service)
            let name = value["unique_name"].stringValue ?? reference.identifier
            return OverviewScope(service: reference.identifier, name: name)
        }
        guard let current = context.service else { throw ServerlessVerbError.missingScope(command: command, scope: .service) }
        return OverviewScope(service: current.sid, name: current.displayName)
    }

    /// The builds of `scope` with these SIDs: one fetch for one, else the service's builds read
    /// page by page (1,000 a page) until every one is found. A SID not found is left out.
    func builds(_ sids: Set<String>, in scope: OverviewScope) async throws -> [String: Build] {
        let client = executor.client
        if sids.count == 1, let sid = sids.first {
            return [sid: try await client.fetchBuild(service: scope.service, build: sid)]
        }
        var found: [String: Build] = [:]
        guard !sids.isEmpty else { return found }
        for try await build in client.listBuilds(service: scope.service, pageSize: RecordList<Build>.maximumPageSize)
        where sids.contains(build.sid) {
            found[build.sid] = build
            if found.count == sids.count { break }
        }
        return found
    }

    /// An environment's variables by key. The values are only compared (`diff environment`): no
    /// overview shows them.
    func variables(of environment: Environment, in scope: OverviewScope) async throws -> [String: String] {
        let variables = try await executor.client.listVariables(
            service: scope.service, environment: environment.sid, pageSize: RecordList<Variable>.maximumPageSize
        ).collect()
        var values: [String: String] = [:]
        for variable in variables { if let key = variable.key { values[key] = variable.value ?? "" } }
        return values
    }
}

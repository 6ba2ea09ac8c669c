import BuildScript
import ServerlessClient

/// What differs between two environments, read from the first to the second as `diff A B` reads
/// (`added`: only the second has it): the build each runs, then ``BuildComparison``'s runtime,
/// functions, assets and dependencies, then the variables by key. A variable whose value differs
/// is `changed` with both sides `(hidden)`: values are compared, never shown.
struct EnvironmentDiff: Sendable {
    struct Side: Sendable {
        let environment: Environment
        let build: Build?
        let variables: [String: String]
    }

    let from: Side
    let to: Side

    var changes: [OverviewChange] {
        let build = OverviewChange.between(.build, "", from.environment.buildSid, to.environment.buildSid)
        return [build].compactMap { $0 }
            + BuildComparison(from: from.build, to: to.build).changes
            + variableChanges
    }

    private var variableChanges: [OverviewChange] {
        Set(from.variables.keys).union(to.variables.keys).sorted().compactMap { key in
            let hidden = { (value: String?) in value.map { _ in OverviewChange.hidden } }
            switch (from.variables[key], to.variables[key]) {
            case (let a?, let b?) where a != b:
                return OverviewChange(subject: .variable, name: key, kind: .changed, from: OverviewChange.hidden, to: OverviewChange.hidden)
            case (let a, let b):
                return OverviewChange.between(.variable, key, hidden(a), hidden(b))
            }
        }
    }
}

extension VerbSession {
    /// `diff environment A B [service=…]`: the ``EnvironmentDiff`` of two environments of one
    /// service, named by ``EnvironmentName``'s rule (domain suffix, unique name, SID or record), as
    /// a list of `{what, name, change, from, to}` records; none when they run the same build with
    /// the same variables (said on standard error).
    func diffEnvironments(_ first: Value, _ second: Value, service: Value?) async throws -> Value {
        let scope = try overviewScope(service, command: "diff environment")
        let client = executor.client
        let environments = try await client.listEnvironments(
            service: scope.service, pageSize: RecordList<Environment>.maximumPageSize
        ).collect()
        func find(_ value: Value) throws -> Environment {
            let reference = try ResourceReference(value, kind: .environment)
            guard let found = EnvironmentName(reference.identifier).find(in: environments) else {
                throw ServerlessVerbError.nameNotFound(.environment, name: reference.identifier, service: scope.name)
            }
            return found
        }
        let a = try find(first)
        let b = try find(second)
        guard a.sid != b.sid else {
            throw ServerlessVerbError.usage("both names find the same environment (\(a.displayName)); name two environments to compare")
        }
        let builds = try await builds(Set([a.buildSid, b.buildSid].compactMap { $0 }), in: scope)
        let diff = EnvironmentDiff(
            from: .init(environment: a, build: a.buildSid.flatMap { builds[$0] }, variables: try await variables(of: a, in: scope)),
            to: .init(environment: b, build: b.buildSid.flatMap { builds[$0] }, variables: try await variables(of: b, in: scope)))
        let changes = diff.changes
        if changes.isEmpty {
            note("\(a.displayName) and \(b.displayName) run the same build with the same variables")
        }
        return .list(changes.map(\.record))
    }
}

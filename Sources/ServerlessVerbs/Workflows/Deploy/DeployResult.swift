import BuildScript

/// The record `deploy` returns: where it deployed, what it built, how many versions it uploaded and
/// reused, and the URL of each function (null for private functions, which have none).
enum DeployResult {
    /// The record for a finished deploy.
    static func record(_ plan: DeployPlan, _ outcome: DeployRunner.Outcome) -> Value {
        let domain = outcome.environment.domainName
        let functions = plan.items.filter { $0.file.kind == .function }.map { item -> Value in
            let url: Value = item.file.visibility == "private" || domain == nil
                ? .null : .string("https://\(domain ?? "")\(item.file.path)")
            return ["path": .string(item.file.path), "visibility": .string(item.file.visibility), "url": url]
        }
        let upToDate = outcome.deployment == nil
        return [
            "status": .string(upToDate ? "up to date" : "deployed"),
            "service": .string(outcome.service.displayName),
            "service_sid": .string(outcome.service.sid),
            "environment": .string(outcome.environment.displayName),
            "environment_sid": .string(outcome.environment.sid),
            "domain_name": domain.map(Value.string) ?? .null,
            "build_sid": .string(outcome.build),
            "deployment_sid": outcome.deployment.map(Value.string) ?? .null,
            "uploaded": .number(Double(plan.uploads.count)),
            "reused": .number(Double(plan.reusedCount)),
            "removed": .number(Double(plan.removals.count)),
            "variables_set": .number(Double(plan.variableWrites.count)),
            "functions": .list(functions),
        ]
    }
}

import BuildScript
import ServerlessClient

/// The record `deploy` returns: where it deployed (service, environment, domain), what it built,
/// how many versions it uploaded and reused, and each function and asset with its URL — the facts
/// `twilio serverless:deploy -o json` gives, under this project's field names.
enum DeployResult {
    /// One function or asset as the result lists it.
    struct Resource: Equatable {
        let kind: ProjectFile.Kind
        let path: String
        let visibility: String
        /// `https://DOMAIN/path`; nil when it is private (a private function or asset has no URL:
        /// other functions reach it with `Runtime.getFunctions()` / `Runtime.getAssets()`) or the
        /// environment has no domain.
        let url: String?

        var record: Value {
            ["path": .string(path), "visibility": .string(visibility), "url": url.map(Value.string) ?? .null]
        }
    }

    /// The functions and assets of `plan` deployed to an environment at `domain`, in plan order.
    static func resources(_ plan: DeployPlan, domain: String?) -> [Resource] {
        plan.items.map { item in
            let file = item.file
            let url = file.visibility == "private" ? nil : domain.map { "https://\($0)\(file.path)" }
            return Resource(kind: file.kind, path: file.path, visibility: file.visibility, url: url)
        }
    }

    /// The record for a finished deploy.
    static func record(_ plan: DeployPlan, _ outcome: DeployRunner.Outcome) -> Value {
        let domain = outcome.environment.domainName
        let resources = resources(plan, domain: domain)
        let upToDate = outcome.deployment == nil
        return [
            "status": .string(upToDate ? "up to date" : "deployed"),
            "service": .string(outcome.service.displayName),
            "service_sid": .string(outcome.service.sid),
            "environment": .string(outcome.environment.displayName),
            "environment_sid": .string(outcome.environment.sid),
            "domain_suffix": outcome.environment.domainSuffix.map(Value.string) ?? .null,
            "domain_name": domain.map(Value.string) ?? .null,
            "url": domain.map { .string("https://\($0)") } ?? .null,
            "runtime": .string(plan.settings.runtime),
            "build_sid": .string(outcome.build),
            "deployment_sid": outcome.deployment.map(Value.string) ?? .null,
            "uploaded": .number(Double(plan.uploads.count)),
            "reused": .number(Double(plan.reusedCount)),
            "removed": .number(Double(plan.removals.count)),
            "variables_set": .number(Double(plan.variableWrites.count)),
            "functions": .list(resources.filter { $0.kind == .function }.map(\.record)),
            "assets": .list(resources.filter { $0.kind == .asset }.map(\.record)),
        ]
    }
}

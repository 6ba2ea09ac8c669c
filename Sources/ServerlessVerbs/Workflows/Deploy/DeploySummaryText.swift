/// What `deploy` prints on stderr when it has finished (the result record goes to stdout in the
/// chosen format): where it deployed, and every function and asset with its URL, as
/// `twilio serverless:deploy` lists them after a deploy:
///
/// ```
/// deployed build ZB… to environment dev of service hello-project
///   domain       hello-project-1234-dev.twil.io
///   service      hello-project (ZS…)
///   environment  dev (ZE…)
///   build        ZB… (runtime node22)
///   function  /hello       public     https://hello-project-1234-dev.twil.io/hello
///   function  /greeting    private    no URL (Runtime.getFunctions()['/greeting'] in a function)
///   asset     /index.html  public     https://hello-project-1234-dev.twil.io/index.html
///   asset     /config.json private    no URL (Runtime.getAssets()['/config.json'] in a function)
/// ```
enum DeploySummaryText {
    /// The lines of the summary, without trailing newline.
    static func render(_ plan: DeployPlan, _ outcome: DeployRunner.Outcome) -> String {
        let environment = outcome.environment.uniqueName ?? plan.settings.environmentName
        let service = outcome.service.uniqueName ?? plan.settings.serviceName
        var lines = [
            outcome.deployment == nil
                ? "up to date: environment \(environment) of service \(service) already runs build \(outcome.build)"
                : "deployed build \(outcome.build) to environment \(environment) of service \(service)",
            "  domain       " + (outcome.environment.domainName ?? "none (the environment has no domain)"),
            "  service      \(service) (\(outcome.service.sid))",
            "  environment  \(environment) (\(outcome.environment.sid))",
            "  build        \(outcome.build) (runtime \(plan.settings.runtime))",
        ]
        let resources = DeployResult.resources(plan, domain: outcome.environment.domainName)
        let width = max(12, resources.map(\.path.count).max() ?? 0)
        let pad = DeployPlanText.pad
        for resource in resources {
            lines.append("  \(pad(resource.kind.rawValue, 9)) \(pad(resource.path, width)) \(pad(resource.visibility, 10)) \(location(resource))")
        }
        return lines.joined(separator: "\n")
    }

    /// The URL, or how a function reaches a private one.
    private static func location(_ resource: DeployResult.Resource) -> String {
        if let url = resource.url { return url }
        guard resource.visibility == "private" else { return "no URL (the environment has no domain)" }
        let runtime = resource.kind == .function ? "Runtime.getFunctions()" : "Runtime.getAssets()"
        return "no URL (\(runtime)['\(resource.path)'] in a function)"
    }
}

/// What a deploy targets, resolved before any request from the verb's arguments, the project's
/// serverless-toolkit configuration (``ToolkitConfigSettings``), its `.twiliodeployinfo` and
/// `package.json` — arguments first, then the file, then the defaults — each setting remembering
/// where it came from (``origins``, printed by `--dry-run`).
struct DeploySettings: Sendable, Equatable {
    /// The service's unique name: `service=`, else `serviceName` of the configuration, else `name`
    /// of `package.json` (the name a new service gets; when ``serviceSid`` finds the service, its
    /// unique name).
    var serviceName: String
    /// The service to deploy into, by SID: `service=ZS…`, `serviceSid` of the configuration, or the
    /// `.twiliodeployinfo` entry of the account, as the toolkit looks in that order.
    var serviceSid: String?
    /// Whether ``serviceSid`` comes from `.twiliodeployinfo` (a service since deleted is then
    /// looked up by name, with a warning, rather than an error).
    var serviceSidFromDeployInfo = false
    /// The environment (`environment=`, `production=true`, `environment` of the configuration, else
    /// the toolkit's default `dev`), found by ``EnvironmentName``'s rule.
    var environment: EnvironmentName
    /// The build runtime (`runtime=`, the configuration's `runtime`, `engines.node`, else
    /// ``DeployLimits/defaultRuntime``).
    var runtime: String
    /// Where each setting came from, in the order shown.
    var origins: [Origin] = []

    /// One resolved setting: `runtime  node18  .twilioserverlessrc:3:5 commands.deploy.runtime`.
    struct Origin: Sendable, Equatable {
        let setting: String
        let value: String
        let source: String
    }

    /// The environment as written (`dev`, `production`).
    var environmentName: String { environment.text }

    /// The arguments `deploy` was given that settle a setting.
    struct Arguments: Sendable, Equatable {
        var service: String?
        var environment: String?
        var production = false
        var runtime: String?
        /// `env_file=`, relative to the project.
        var envFile: String?
        var functionsFolder: String?
        var assetsFolder: String?
    }

    /// Resolves the settings and checks them, adding what is wrong to `problems`.
    static func resolve(
        _ arguments: Arguments, config: ToolkitConfigSettings, deployInfo: (key: String, entry: ToolkitDeployInfo.Entry)?,
        project: DeployProject, problems: inout [DeployProblem]
    ) -> DeploySettings {
        var origins: [Origin] = []
        var serviceSid: String?
        var fromDeployInfo = false
        var name: (value: String, source: String)?
        if let given = arguments.service {
            if ResourceReference.isSID(given) { serviceSid = given } else { name = (given, "service=") }
            origins.append(Origin(setting: "service", value: given, source: "service="))
        } else if let sid = config.string("serviceSid", problems: &problems) {
            serviceSid = sid.value
            origins.append(Origin(setting: "service", value: sid.value, source: sid.origin))
        } else if let deployInfo {
            serviceSid = deployInfo.entry.serviceSid
            fromDeployInfo = true
            origins.append(Origin(setting: "service", value: deployInfo.entry.serviceSid, source: "\(ToolkitDeployInfo.fileName) \"\(deployInfo.key)\""))
        }
        if arguments.service == nil {
            if let configured = config.string("serviceName", problems: &problems) {
                name = (configured.value, configured.origin)
            } else if let package = project.packageName {
                name = (package, "package.json name")
            }
            if serviceSid == nil, let name { origins.append(Origin(setting: "service", value: name.value, source: name.source)) }
        }
        if let sid = serviceSid, !ResourceReference.isSID(sid, of: .service) {
            let prefix = NounTable.noun(.service).sidPrefix
            problems.append(DeployProblem(file: origins.first?.source, message: "'\(sid)' is not a service SID (\(prefix)…)"))
        }
        if serviceSid == nil || fromDeployInfo { checkName(name, required: serviceSid == nil, problems: &problems) }

        let environment: EnvironmentName
        if arguments.production {
            if arguments.environment != nil {
                problems.append(DeployProblem(file: "production=", message: "production=true and environment= both name the environment; pass one"))
            }
            environment = .production
            origins.append(Origin(setting: "environment", value: "production (no domain suffix)", source: "production="))
        } else if let given = arguments.environment {
            environment = EnvironmentName(given)
            origins.append(Origin(setting: "environment", value: given, source: "environment="))
        } else if let configured = config.string("environment", problems: &problems) {
            environment = configured.value.isEmpty ? .production : EnvironmentName(configured.value)
            origins.append(Origin(setting: "environment", value: configured.value, source: configured.origin))
        } else {
            environment = .named("dev")
            origins.append(Origin(setting: "environment", value: "dev", source: "default"))
        }
        if environment.text.isEmpty || environment.text.count > DeployLimits.environmentNameLength {
            problems.append(DeployProblem(
                file: "environment=", message: "must be 1 to \(DeployLimits.environmentNameLength) characters"))
        }
        let runtime = resolveRuntime(
            arguments.runtime, configured: config.string("runtime", problems: &problems), engine: project.nodeEngine, problems: &problems)
        origins.append(Origin(setting: "runtime", value: runtime.value, source: runtime.source))
        return DeploySettings(
            serviceName: name?.value ?? serviceSid ?? "", serviceSid: serviceSid, serviceSidFromDeployInfo: fromDeployInfo,
            environment: environment, runtime: runtime.value, origins: origins)
    }

    /// Checks a service name `deploy` may create a service with.
    private static func checkName(_ name: (value: String, source: String)?, required: Bool, problems: inout [DeployProblem]) {
        guard let name, !name.value.isEmpty else {
            if required { problems.append(DeployProblem(file: nil, message: "no service name: pass service=NAME or give package.json a name")) }
            return
        }
        if name.value.count > DeployLimits.serviceNameLength
            || !name.value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        {
            problems.append(DeployProblem(
                file: name.source == "package.json name" ? "package.json" : name.source,
                message: "service name '\(name.value)' must be at most \(DeployLimits.serviceNameLength) letters, digits, '-' or '_'"
                    + (name.source == "service=" ? "" : " (pass service=NAME to choose another)")))
        }
    }

    /// `runtime=` as given, else the configuration's `runtime`, else `node<major>` of `engines.node`
    /// (`>=18`, `18.x`, `^20.1.0`, `22`), else the default.
    private static func resolveRuntime(
        _ runtime: String?, configured: (value: String, origin: String)?, engine: String?, problems: inout [DeployProblem]
    ) -> (value: String, source: String) {
        if let given = runtime.map({ ($0, "runtime=") }) ?? configured.map({ ($0.value, $0.origin) }) {
            if !DeployLimits.runtimes.contains(given.0) {
                problems.append(DeployProblem(
                    file: given.1, message: "'\(given.0)' is not a runtime Twilio accepts (\(DeployLimits.runtimes.joined(separator: ", ")))"))
            }
            return given
        }
        guard let engine else { return (DeployLimits.defaultRuntime, "default") }
        let digits = engine.drop { !$0.isNumber }.prefix { $0.isNumber }
        let candidate = "node" + digits
        guard !digits.isEmpty, DeployLimits.runtimes.contains(candidate) else {
            problems.append(DeployProblem(
                file: "package.json",
                message: "engines.node '\(engine)' names no runtime Twilio accepts (\(DeployLimits.runtimes.joined(separator: ", "))); "
                    + "change it or pass runtime="))
            return (DeployLimits.defaultRuntime, "default")
        }
        return (candidate, "package.json engines.node")
    }
}

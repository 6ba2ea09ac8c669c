/// What a deploy targets, resolved from the verb's arguments and the project before any request:
/// the service and environment names, the environment's domain suffix and the runtime.
struct DeploySettings: Sendable, Equatable {
    /// The service's unique name (`service=`, else `name` of `package.json`).
    var serviceName: String
    /// The environment's unique name (`environment=`, default `dev`).
    var environmentName: String
    /// The domain suffix given to a new environment: its name when it is a valid suffix, else none.
    var domainSuffix: String?
    /// The build runtime (`runtime=`, else from `engines.node`, else ``DeployLimits/defaultRuntime``).
    var runtime: String

    /// Resolves the settings and checks them, adding what is wrong to `problems`.
    static func resolve(
        service: String?, environment: String?, runtime: String?, project: DeployProject, problems: inout [DeployProblem]
    ) -> DeploySettings {
        let serviceName = service ?? project.packageName ?? ""
        let source = service != nil ? "service=" : "package.json"
        if serviceName.isEmpty {
            problems.append(DeployProblem(file: nil, message: "no service name: pass service=NAME or give package.json a name"))
        } else if serviceName.count > DeployLimits.serviceNameLength
            || !serviceName.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        {
            problems.append(DeployProblem(
                file: source,
                message: "service name '\(serviceName)' must be at most \(DeployLimits.serviceNameLength) letters, digits, '-' or '_'"
                    + (service == nil ? " (pass service=NAME to choose another)" : "")))
        }
        let environmentName = environment ?? "dev"
        if environmentName.isEmpty || environmentName.count > DeployLimits.environmentNameLength {
            problems.append(DeployProblem(
                file: "environment=", message: "must be 1 to \(DeployLimits.environmentNameLength) characters"))
        }
        let isSuffix = environmentName.count <= DeployLimits.domainSuffixLength
            && environmentName.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
        return DeploySettings(
            serviceName: serviceName, environmentName: environmentName, domainSuffix: isSuffix ? environmentName : nil,
            runtime: resolveRuntime(runtime, engine: project.nodeEngine, problems: &problems))
    }

    /// `runtime=` as given, else `node<major>` of `engines.node` (`>=18`, `18.x`, `^20.1.0`, `22`).
    private static func resolveRuntime(_ runtime: String?, engine: String?, problems: inout [DeployProblem]) -> String {
        if let runtime {
            if !DeployLimits.runtimes.contains(runtime) {
                problems.append(DeployProblem(
                    file: "runtime=", message: "'\(runtime)' is not a runtime Twilio accepts (\(DeployLimits.runtimes.joined(separator: ", ")))"))
            }
            return runtime
        }
        guard let engine else { return DeployLimits.defaultRuntime }
        let digits = engine.drop { !$0.isNumber }.prefix { $0.isNumber }
        let candidate = "node" + digits
        guard !digits.isEmpty, DeployLimits.runtimes.contains(candidate) else {
            problems.append(DeployProblem(
                file: "package.json",
                message: "engines.node '\(engine)' names no runtime Twilio accepts (\(DeployLimits.runtimes.joined(separator: ", "))); "
                    + "change it or pass runtime="))
            return DeployLimits.defaultRuntime
        }
        return candidate
    }
}

/// Twilio's limits that `deploy` checks before creating anything (Twilio's "Functions & Assets (API)"
/// limits and the Serverless v1 parameter descriptions; see docs/verbs.md, "deploy").
enum DeployLimits {
    /// Function versions in one build.
    static let functionsPerBuild = 50
    /// Public and protected asset versions in one build.
    static let publicAssetsPerBuild = 1000
    /// Private asset versions in one build.
    static let privateAssetsPerBuild = 50
    /// Bytes of one uploaded file (Twilio's per-asset limit, applied to functions as well).
    static let fileBytes = 25 * 1024 * 1024
    /// Characters of a path (also the function or asset friendly name, which `deploy` sets to the path).
    static let pathLength = 255
    /// Characters of a service unique name.
    static let serviceNameLength = 50
    /// Characters of an environment unique name.
    static let environmentNameLength = 100
    /// Characters of an environment domain suffix.
    static let domainSuffixLength = 16
    /// Characters of a variable key.
    static let variableKeyLength = 128
    /// Bytes of a variable value.
    static let variableValueBytes = 450
    /// The runtimes a build may name: the API's documented `node8` … `node22`, and `node24`, which
    /// the serverless-toolkit already sends.
    static let runtimes: [String] = ["node8", "node10", "node12", "node14", "node16", "node18", "node20", "node22", "node24"]
    /// The runtime used when neither `runtime=` nor `engines.node` names one.
    static let defaultRuntime = "node22"
}

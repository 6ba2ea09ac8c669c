/// What `deploy` reads before its first request: the project's serverless-toolkit configuration
/// (merged for `deploy`), its `.twiliodeployinfo`, the project folder as those name it, and the
/// settings resolved from all of them and the arguments.
struct DeployInputs: Sendable {
    let project: DeployProject
    let settings: DeploySettings
    /// Everything wrong, from every file; the deploy stops when there is any.
    let problems: [DeployProblem]
    /// Lines to print before the plan (an unusable `.twiliodeployinfo`, `.env` differences).
    let warnings: [String]
    /// The configuration file used, as shown, if any.
    let configFile: String?
    /// Keys of the configuration `deploy` does not use.
    let ignoredKeys: [String]
    /// The `.twiliodeployinfo` read (empty when absent); nil when it is there but unusable, so that
    /// buildsh does not overwrite what it could not read.
    let deployInfo: ToolkitDeployInfo?

    /// The configuration keys `deploy` uses.
    static let usedKeys: Set<String> = ["serviceSid", "serviceName", "environment", "runtime", "functionsFolder", "assetsFolder", "env"]

    /// Reads the project in `directory` for `arguments`, keyed to `account` where the files are.
    static func gather(directory: String, arguments: DeploySettings.Arguments, account: ToolkitAccount) -> DeployInputs {
        var problems: [DeployProblem] = []
        var warnings: [String] = []
        var config = ToolkitConfigSettings()
        var configFile: String?
        switch ToolkitConfigFile.search(from: directory) {
        case .success(let file?):
            config = .forDeploy(file, environment: arguments.environment, production: arguments.production, account: account)
            configFile = file.shownPath
            problems += config.problems
        case .success(nil):
            break
        case .failure(let problem):
            problems.append(problem)
        }
        let folder = { (argument: String?, name: String, key: String) -> ProjectReader.NamedFolder? in
            if let argument { return (argument, name + "=") }
            return config.string(key, problems: &problems).map { ($0.value, $0.origin) }
        }
        let functions = folder(arguments.functionsFolder, "functions_folder", "functionsFolder")
        let assets = folder(arguments.assetsFolder, "assets_folder", "assetsFolder")
        let configuredEnv = arguments.envFile == nil ? config.string("env", problems: &problems) : nil
        let envFile = arguments.envFile ?? configuredEnv?.value
        let (project, readProblems) = ProjectReader.read(
            directory: directory, envFile: envFile, functionsFolder: functions, assetsFolder: assets)
        problems += readProblems
        for difference in project.envDifferences { warnings.append("warning: \(project.envFile ?? ".env") \(difference)") }

        var deployInfo: ToolkitDeployInfo?
        switch ToolkitDeployInfo.load(from: directory) {
        case .success(let info): deployInfo = info
        case .failure(let invalid): warnings.append("warning: \(invalid)")
        }
        let entry = account.accountSid.flatMap { deployInfo?.entry(account: $0, region: account.region) }
        var settings = DeploySettings.resolve(arguments, config: config, deployInfo: entry, project: project, problems: &problems)
        for (setting, named) in [("functions folder", functions), ("assets folder", assets)] {
            if let named { settings.origins.append(.init(setting: setting, value: named.name, source: named.source)) }
        }
        if let envFile = project.envFile {
            settings.origins.append(.init(setting: "variables", value: envFile, source: arguments.envFile != nil ? "env_file=" : configuredEnv?.origin ?? "default"))
        }
        return DeployInputs(
            project: project, settings: settings, problems: problems, warnings: warnings, configFile: configFile,
            ignoredKeys: config.keys.filter { !usedKeys.contains($0) }, deployInfo: deployInfo)
    }

    /// The settings and their sources, as `--dry-run` prints them before the plan.
    var settingsText: String {
        var lines = ["deploy settings" + (configFile.map { " (configuration: \($0))" } ?? "") + ":"]
        let width = max(12, settings.origins.map(\.setting.count).max() ?? 0)
        let valueWidth = max(12, settings.origins.map(\.value.count).max() ?? 0)
        for origin in settings.origins {
            lines.append("  " + DeployPlanText.pad(origin.setting, width) + "  " + DeployPlanText.pad(origin.value, valueWidth) + "  " + origin.source)
        }
        if !ignoredKeys.isEmpty { lines.append("  not used by deploy: " + ignoredKeys.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}

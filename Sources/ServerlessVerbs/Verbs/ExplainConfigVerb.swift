import BuildScript
import Foundation

/// `explain config`: where each setting of this run came from — flag, environment variable,
/// twilio-cli profile (and its file), `.twilioserverlessrc` key, default — with secrets hidden.
/// The host's settings come from ``VerbOptions/settings``; the serverless-toolkit configuration is
/// the one `deploy` would read from the working folder (``ToolkitConfigFile``), merged as `deploy`
/// merges it (``ToolkitConfigSettings/forDeploy(_:environment:production:account:)``), so each key
/// shows the value `deploy` uses and the section it came from (`commands.deploy.runtime`).
enum ExplainConfigVerb: SingleVerbDefinition {
    static let environment = TypedParameter.text(
        "environment",
        doc: "The environment whose `environments.<suffix>` section is merged, as deploy's environment= (default dev).",
        example: "stage")

    static let name = "explain"
    static let noun: Noun? = Noun("config", plural: "config")
    static let summary = "Where each setting came from: flag, environment variable, twilio-cli profile, .twilioserverlessrc key, default (secrets hidden)."
    static let parameters = [environment.declaration]

    /// A configuration key whose value is a secret (`authToken`, `apiSecret`, `password`).
    static func isSecret(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return ["token", "secret", "password"].contains { lowered.contains($0) }
    }

    /// A configuration value as text: strings as they are, numbers and booleans as the language
    /// prints them, arrays and objects by kind.
    static func shown(_ value: JSON5Value) -> String {
        switch value {
        case .string(let text): text
        case .number(let number): Value.number(number).description
        case .bool(let flag): String(flag)
        case .null: "null"
        case .array, .object: value.kindDescription
        }
    }

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        var settings = session.options.settings.settings.map { live($0, call: call, session: session) }
        let folder = call.interpreter.options.workingDirectory ?? FileManager.default.currentDirectoryPath
        if case .success(let file?) = ToolkitConfigFile.search(from: folder) {
            // The account keys `projects.<account SID>`, as for deploy (no account: no such section).
            let configuration = try? await session.executor.client.startedConfiguration()
            let account = configuration.map(ToolkitAccount.init) ?? ToolkitAccount(accountSid: nil, region: "us1")
            let merged = ToolkitConfigSettings.forDeploy(
                file, environment: arguments[environment], production: false, account: account)
            for (key, setting) in merged.all {
                let origin = ResolvedSettings.Origin.projectFile(key: setting.keyPath, file: setting.file)
                let text = shown(setting.value)
                settings.append(isSecret(key) ? .secret(key, value: text, origin: origin) : .init(key, value: text, origin: origin))
            }
        }
        return .list(settings.map { setting in
            ["setting": .string(setting.name), "value": .string(setting.value), "origin": .string(setting.origin.text)]
        })
    }

    /// `setting` as it is now: the REPL switches output mode, dry run and presenter mode after the
    /// host described them (`.mode`, `.dryrun`, `.presenter`); a value so changed says so.
    private static func live(_ setting: ResolvedSettings.Setting, call: CallContext, session: VerbSession)
        -> ResolvedSettings.Setting
    {
        let now: (value: String, command: String)
        switch setting.name {
        case "output": now = (session.outputFormat.rawValue, ".mode")
        case "dry_run": now = (String(call.isDryRun), ".dryrun")
        case "presenter": now = (String(session.options.presenter.isOn), ".presenter")
        default: return setting
        }
        return now.value == setting.value ? setting : .init(setting.name, value: now.value, origin: .replSetting(now.command))
    }

    static let examples = VerbExample.lines(
        """
        explain config
        explain config environment=stage | where setting == "runtime"
        explain config | where origin == "default" | select setting
        """)
}

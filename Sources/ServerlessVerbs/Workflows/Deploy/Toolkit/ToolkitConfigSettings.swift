/// The settings a command takes from a ``ToolkitConfigFile``, merged as twilio-run's
/// `readSpecializedConfig` merges them, each remembering the file and key it came from:
///
/// 1. the top-level keys (but `commands`, `environments`, `projects`);
/// 2. over them, `commands.<command>`;
/// 3. over those, `environments.<suffix>` — the suffix being the `environment=` argument, else the
///    toolkit's default `dev` (not an `environment` key of the file), and `*` for production;
/// 4. over those, `projects.<account SID>:<region>`, else `projects.<account SID>` when the region
///    is `us1`.
///
/// `username`, `password`, `config`, `key`, `value` and `show-values` are dropped, as twilio-run
/// drops them. Arguments override every file setting (twilio-run's `mergeFlagsAndConfig`).
struct ToolkitConfigSettings: Sendable {
    /// One setting and where it came from.
    struct Setting: Sendable, Equatable {
        let value: JSON5Value
        /// The file as shown (`.twilioserverlessrc`).
        let file: String
        /// `4:5`: where in the file.
        let position: String
        /// `commands.deploy.runtime`, prefixed in a `package.json` (`twilioserverless.runtime`).
        let keyPath: String

        /// `.twilioserverlessrc:4:5 commands.deploy.runtime`.
        var origin: String { "\(file):\(position) \(keyPath)" }
    }

    /// The keys twilio-run removes from a merged configuration.
    static let excludedKeys: Set<String> = ["username", "password", "config", "key", "value", "show-values"]

    /// The merged settings by key.
    private(set) var settings: [String: Setting] = [:]
    /// What in the file is not usable (a section that is not an object), as problems.
    private(set) var problems: [DeployProblem] = []

    /// No settings (no configuration file).
    init() {}

    /// Merges `file` as `deploy` does for `environment=` (a domain suffix or unique name; `dev` when
    /// not given, as the toolkit's default) or `production=true`, and the account of its credentials.
    static func forDeploy(_ file: ToolkitConfigFile, environment: String?, production: Bool, account: ToolkitAccount) -> Self {
        let suffix = production ? "" : environment ?? "dev"
        return Self(
            file, command: "deploy", environmentSuffix: suffix == EnvironmentName.productionWord ? "" : suffix,
            accountSid: account.accountSid, region: account.region)
    }

    /// Merges `file` for `command` (`deploy`).
    init(_ file: ToolkitConfigFile, command: String, environmentSuffix: String, accountSid: String?, region: String) {
        let root = file.root
        for member in root.members where !["commands", "environments", "projects"].contains(member.key) {
            take(member, path: member.key, file: file)
        }
        take(section: root.member("commands"), path: "commands", key: command, file: file)
        take(section: root.member("environments"), path: "environments", key: environmentSuffix.isEmpty ? "*" : environmentSuffix, file: file)
        if let accountSid, let projects = root.member("projects") {
            if projects.value.member("\(accountSid):\(region)") != nil {
                take(section: projects, path: "projects", key: "\(accountSid):\(region)", file: file)
            } else if region == "us1" {
                take(section: projects, path: "projects", key: accountSid, file: file)
            }
        }
        for key in Self.excludedKeys { settings[key] = nil }
    }

    /// The setting `key`, if the file has it (a `null` value counts as absent).
    subscript(key: String) -> Setting? {
        guard let setting = settings[key], setting.value != .null else { return nil }
        return setting
    }

    /// The keys set, sorted.
    var keys: [String] { settings.keys.filter { self[$0] != nil }.sorted() }

    /// The string setting `key`; a value of another type is a problem (added to `problems`).
    func string(_ key: String, problems: inout [DeployProblem]) -> (value: String, origin: String)? {
        guard let setting = self[key] else { return nil }
        guard let text = setting.value.stringValue else {
            problems.append(DeployProblem(file: setting.origin, message: "must be a string, not \(setting.value.kindDescription)"))
            return nil
        }
        return (text, setting.origin)
    }

    private mutating func take(section: JSON5Member?, path: String, key: String, file: ToolkitConfigFile) {
        guard let section else { return }
        guard case .object = section.value else {
            problems.append(DeployProblem(file: origin(file, section, path), message: "must be an object, not \(section.value.kindDescription)"))
            return
        }
        guard let block = section.value.member(key) else { return }
        let blockPath = "\(path).\(key)"
        guard case .object = block.value else {
            problems.append(DeployProblem(file: origin(file, block, blockPath), message: "must be an object, not \(block.value.kindDescription)"))
            return
        }
        for member in block.value.members { take(member, path: "\(blockPath).\(member.key)", file: file) }
    }

    private mutating func take(_ member: JSON5Member, path: String, file: ToolkitConfigFile) {
        settings[member.key] = Setting(
            value: member.value, file: file.shownPath, position: "\(member.line):\(member.column)", keyPath: file.keyPrefix + path)
    }

    /// Every setting that has a value, by key.
    var all: [(key: String, setting: Setting)] { keys.compactMap { key in self[key].map { (key, $0) } } }

    private func origin(_ file: ToolkitConfigFile, _ member: JSON5Member, _ path: String) -> String {
        "\(file.shownPath):\(member.line):\(member.column) \(file.keyPrefix)\(path)"
    }
}

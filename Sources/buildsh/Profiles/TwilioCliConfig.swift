import Foundation

/// twilio-cli's configuration file, `~/.twilio-cli/config.json`, as twilio-cli-core writes it:
///
/// ```json
/// {"projects": [{"id": "prod", "accountSid": "AC…", "region": "ie1"}],
///  "activeProject": "prod",
///  "profiles": {"prod": {"apiKey": "SK…", "apiSecret": "…"}},
///  "edge": "dublin"}
/// ```
///
/// `projects` is the historical name of profiles (id, account, region); `profiles` holds the API
/// key and secret by id (newer twilio-cli versions also put `accountSid`, `region` and `edge` there,
/// which are read too). `requireProfileInput` asks for `-p` on every command. Other keys (`email`,
/// `prompts`) are ignored.
struct TwilioCliConfig: Decodable, Equatable {
    /// One profile entry of `projects`.
    struct Project: Decodable, Equatable {
        var id: String
        var accountSid: String?
        var region: String?
    }

    /// One entry of `profiles` (and, merged, a profile: ``profile(_:)``).
    struct StoredKey: Decodable, Equatable {
        var apiKey: String?
        var apiSecret: String?
        var accountSid: String?
        var region: String?
        var edge: String?
    }

    /// Which profile twilio-cli uses when no `-p` is given, and why.
    enum ActiveProfile: Equatable {
        /// `activeProject` names a profile of the file.
        case active(String)
        /// `activeProject` is missing, or names no profile of the file (`named`): twilio-cli takes the
        /// first of `projects`.
        case first(String, named: String?)
    }

    var projects: [Project]
    var activeProject: String?
    var profiles: [String: StoredKey]
    var edge: String?
    var requireProfileInput: Bool

    private enum CodingKeys: String, CodingKey {
        case projects, activeProject, profiles, edge, requireProfileInput
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        projects = try container.decodeIfPresent([Project].self, forKey: .projects) ?? []
        activeProject = try container.decodeIfPresent(String.self, forKey: .activeProject)
        profiles = try container.decodeIfPresent([String: StoredKey].self, forKey: .profiles) ?? [:]
        edge = try container.decodeIfPresent(String.self, forKey: .edge)
        requireProfileInput = try container.decodeIfPresent(Bool.self, forKey: .requireProfileInput) ?? false
    }

    /// twilio-cli's `ConfigData.getActiveProfile`: the profile `activeProject` names when the file
    /// has it, else the first entry of `projects`; nil when that leaves none (twilio-cli then says
    /// "There is no active profile set" if `profiles` has entries).
    var activeProfile: ActiveProfile? {
        let named = Self.nonEmpty(activeProject)
        if let named, profile(named) != nil { return .active(named) }
        guard let first = projects.first else { return nil }
        return .first(first.id, named: named)
    }

    /// Whether the file holds any profile at all.
    var hasProfiles: Bool { !projects.isEmpty || !profiles.isEmpty }

    /// The profile `id` as both parts describe it: its `profiles` entry, with the account and region
    /// of `projects` where that entry has none, blank values dropped; nil when neither part has it.
    func profile(_ id: String) -> StoredKey? {
        let project = projects.first { $0.id == id }
        let stored = profiles[id]
        guard project != nil || stored != nil else { return nil }
        return StoredKey(
            apiKey: Self.nonEmpty(stored?.apiKey), apiSecret: Self.nonEmpty(stored?.apiSecret),
            accountSid: Self.nonEmpty(stored?.accountSid) ?? Self.nonEmpty(project?.accountSid),
            region: Self.nonEmpty(stored?.region) ?? Self.nonEmpty(project?.region),
            edge: Self.nonEmpty(stored?.edge))
    }

    /// Every profile id, in file order (`projects` first).
    var profileIDs: [String] {
        var ids = projects.map(\.id)
        for id in profiles.keys.sorted() where !ids.contains(id) { ids.append(id) }
        return ids
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }
}

import BuildScript
import Foundation

/// The serverless-toolkit's `.twiliodeployinfo` beside a project: per account, the service the
/// project was deployed to and the latest build, `{ "<account SID>:<region>": { "serviceSid": "ZS…",
/// "latestBuild": "ZB…" } }` (older files key by the account SID alone). Read and written as
/// twilio-run does (`utils/deployInfoCache.ts`): the file counts only when every entry has exactly
/// those two keys, SIDs of 34 characters with those prefixes; a deploy sets its own entry under
/// `<account>:<region>` (dropping a bare `<account>` entry when the region is `us1`), keeps the other
/// entries in their order, and writes the JSON with tabs, as `JSON.stringify(…, null, '\t')` does.
struct ToolkitDeployInfo: Equatable, Sendable {
    /// One account's entry.
    struct Entry: Equatable, Sendable {
        var serviceSid: String
        var latestBuild: String
    }

    /// The file's name.
    static let fileName = ".twiliodeployinfo"

    /// The entries in file order.
    private(set) var entries: [(key: String, entry: Entry)] = []

    static func == (lhs: ToolkitDeployInfo, rhs: ToolkitDeployInfo) -> Bool {
        lhs.entries.map(\.key) == rhs.entries.map(\.key) && lhs.entries.map(\.entry) == rhs.entries.map(\.entry)
    }

    /// No entries.
    init() {}

    /// The file in `directory`.
    static func location(of directory: String) -> String { (directory as NSString).appendingPathComponent(fileName) }

    /// Why a file that is there does not count (the toolkit then ignores it; buildsh says so).
    struct Invalid: Error, Equatable, Sendable, CustomStringConvertible {
        let reason: String
        var description: String { "\(ToolkitDeployInfo.fileName) is not used: \(reason)" }
    }

    /// The file of `directory`: empty when there is none, ``Invalid`` when it does not count.
    static func load(from directory: String) -> Result<ToolkitDeployInfo, Invalid> {
        guard let data = FileManager.default.contents(atPath: location(of: directory)) else { return .success(ToolkitDeployInfo()) }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Reads the file's text by the toolkit's rules (`JSON.parse`, then the exact shape).
    static func parse(_ text: String) -> Result<ToolkitDeployInfo, Invalid> {
        let root: JSON5Value
        do {
            root = try JSON5Reader.parse(text, dialect: .json)
        } catch {
            return .failure(Invalid(reason: "not JSON (\(error))"))
        }
        guard case .object = root else { return .failure(Invalid(reason: "not a JSON object")) }
        var info = ToolkitDeployInfo()
        for member in root.members {
            guard case .object = member.value, Set(member.value.members.map(\.key)) == ["serviceSid", "latestBuild"],
                  let service = member.value["serviceSid"]?.stringValue, ResourceReference.isSID(service, of: .service),
                  let build = member.value["latestBuild"]?.stringValue, ResourceReference.isSID(build, of: .build)
            else {
                let service = NounTable.noun(.service).sidPrefix, build = NounTable.noun(.build).sidPrefix
                return .failure(Invalid(
                    reason: "entry \(member.line):\(member.column) is not {\"serviceSid\": \"\(service)…\", \"latestBuild\": \"\(build)…\"}"))
            }
            info.entries.append((member.key, Entry(serviceSid: service, latestBuild: build)))
        }
        return .success(info)
    }

    /// The entry for `account` in `region`: `<account>:<region>`, else `<account>`, as twilio-run's
    /// `getFunctionServiceSid` looks; with the key it was found under.
    func entry(account: String, region: String) -> (key: String, entry: Entry)? {
        for key in ["\(account):\(region)", account] {
            if let found = entries.first(where: { $0.key == key }) { return found }
        }
        return nil
    }

    /// Records a deploy of `build` to `service` for `account` in `region`.
    mutating func record(account: String, region: String, service: String, build: String) {
        if region == "us1" { entries.removeAll { $0.key == account } }
        let key = "\(account):\(region)"
        let entry = Entry(serviceSid: service, latestBuild: build)
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].entry = entry
        } else {
            entries.append((key, entry))
        }
    }

    /// The file's text, as `JSON.stringify(info, null, '\t')` writes it (no final newline).
    var text: String {
        guard !entries.isEmpty else { return "{}" }
        let lines = entries.map { key, entry in
            "\t\(Self.quoted(key)): {\n\t\t\"serviceSid\": \(Self.quoted(entry.serviceSid)),\n\t\t\"latestBuild\": \(Self.quoted(entry.latestBuild))\n\t}"
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}"
    }

    /// Writes the file into `directory`, atomically.
    func save(to directory: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: Self.location(of: directory)), options: .atomic)
    }

    /// A JSON string literal.
    private static func quoted(_ text: String) -> String { Value.string(text).toJSON() }
}

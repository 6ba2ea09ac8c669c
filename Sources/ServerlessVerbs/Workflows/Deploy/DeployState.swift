import Foundation

/// What earlier deploys of a project uploaded: per service SID, per function or asset path, the
/// version SID and the SHA-256 of its content. Kept beside the project in
/// `.buildsh/deploy-state.json`; a version is reused only when its recorded digest equals the file's
/// digest and the service still has it (see ``DeployPlanner``).
struct DeployState: Codable, Sendable, Equatable {
    /// One uploaded version.
    struct Entry: Codable, Sendable, Equatable {
        /// The Function or Asset (`ZH…`).
        var resourceSid: String
        /// The version (`ZN…`).
        var versionSid: String
        /// `public`, `protected` or `private`.
        var visibility: String
        /// SHA-256 of the uploaded content, hex.
        var sha256: String

        enum CodingKeys: String, CodingKey {
            case resourceSid = "resource_sid", versionSid = "version_sid", visibility, sha256
        }
    }

    /// What one service has from this project.
    struct ServiceRecord: Codable, Sendable, Equatable {
        /// Keyed by `function:/path` or `asset:/path.css`.
        var versions: [String: Entry] = [:]
        /// The last build made by `deploy`, a candidate for reuse when nothing changed.
        var lastBuildSid: String?

        enum CodingKeys: String, CodingKey {
            case versions, lastBuildSid = "last_build_sid"
        }
    }

    /// The format version of the file.
    var format = 1
    /// Keyed by service SID.
    var services: [String: ServiceRecord] = [:]

    /// The key of a file in ``ServiceRecord/versions``.
    static func key(_ kind: ProjectFile.Kind, _ path: String) -> String { kind.rawValue + ":" + path }

    /// The state file of the project in `directory`.
    static func location(of directory: String) -> String { directory + "/.buildsh/deploy-state.json" }

    /// Loads the state; a missing file is an empty state. A file that is there but cannot be used
    /// is an error saying why (``DeployStateError``): the caller decides whether to go on without it.
    static func load(from directory: String) throws(DeployStateError) -> DeployState {
        let path = location(of: directory)
        guard FileManager.default.fileExists(atPath: path) else { return DeployState() }
        guard let data = FileManager.default.contents(atPath: path) else { throw DeployStateError(path: path, problem: .unreadable) }
        let state: DeployState
        do {
            state = try JSONDecoder().decode(DeployState.self, from: data)
        } catch let error as DecodingError {
            throw DeployStateError(path: path, problem: .malformed(DeployStateError.place(of: error)))
        } catch {
            throw DeployStateError(path: path, problem: .malformed(nil))
        }
        guard state.format == 1 else { throw DeployStateError(path: path, problem: .unknownFormat(state.format)) }
        return state
    }

    /// Writes the state (creating `.buildsh/`), atomically. Throws when it cannot be written.
    func save(to directory: String) throws {
        let folder = directory + "/.buildsh"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: Self.location(of: directory)), options: .atomic)
    }
}

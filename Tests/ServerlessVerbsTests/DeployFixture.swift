import BuildScript
import Foundation
import ServerlessClient

/// A copy of docs/examples/project in a fresh temporary folder (deploy writes its state file beside
/// the project), with helpers to change files and to count what the service holds.
struct DeployFixture {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/examples/project")

    /// The project folder.
    let directory: String

    /// Copies the example project (without any state file or `.twiliodeployinfo`, which running the
    /// example writes beside it) into a new temporary folder.
    init() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("deploy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let target = root.appendingPathComponent("project")
        try FileManager.default.copyItem(at: Self.example, to: target)
        try? FileManager.default.removeItem(at: target.appendingPathComponent(".buildsh"))
        try? FileManager.default.removeItem(at: target.appendingPathComponent(".twiliodeployinfo"))
        directory = target.path
    }

    /// Writes `text` to `relative` (creating folders).
    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Deletes `relative`.
    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: directory + "/" + relative)
    }

    /// Removes the temporary folder.
    func cleanUp() {
        try? FileManager.default.removeItem(atPath: (directory as NSString).deletingLastPathComponent)
    }

    /// Function and asset versions of `service`, counted through the API.
    static func versionCount(_ client: ServerlessClient, service: String) async throws -> Int {
        var count = 0
        for function in try await client.listFunctions(service: service).collect() {
            count += try await client.listFunctionVersions(service: service, function: function.sid).collect().count
        }
        for asset in try await client.listAssets(service: service).collect() {
            count += try await client.listAssetVersions(service: service, asset: asset.sid).collect().count
        }
        return count
    }
}

extension BuildScript.Value {
    /// The item at `index` of a list value, `null` otherwise.
    func item(_ index: Int) -> BuildScript.Value {
        guard let items = listValue, items.indices.contains(index) else { return .null }
        return items[index]
    }
}

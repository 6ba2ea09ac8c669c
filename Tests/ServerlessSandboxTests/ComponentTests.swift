import Foundation
import ServerlessSandbox
import Testing

/// Functions and Assets, with their versions: the same operations on two kinds.
@Suite("Functions, Assets and their Versions")
struct ComponentTests {
    @Test(arguments: [("Functions", "functions", "function_versions"), ("Assets", "assets", "asset_versions")])
    func crudWorksForBothKinds(collection: String, listKey: String, linkKey: String) async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let created = try await sandbox.send(.POST, "/v1/Services/\(service)/\(collection)", form: [("FriendlyName", "one")])
            #expect(created.status == 201)
            let sid = try #require(created.string("sid"))
            #expect(sid.hasPrefix("ZH"))
            #expect(created.string("url") == "\(sandbox.base)/v1/Services/\(service)/\(collection)/\(sid)")
            #expect((created["links"] as? [String: String])?[linkKey] == "\(sandbox.base)/v1/Services/\(service)/\(collection)/\(sid)/Versions")
            let renamed = try await sandbox.send(.POST, "/v1/Services/\(service)/\(collection)/\(sid)", form: [("FriendlyName", "two")])
            #expect(renamed.string("friendly_name") == "two")
            let list = try await sandbox.send(.GET, "/v1/Services/\(service)/\(collection)")
            #expect(list.list(listKey).map { $0["sid"] as? String } == [sid])
            #expect(list.meta["key"] as? String == listKey)
            #expect(try await sandbox.send(.DELETE, "/v1/Services/\(service)/\(collection)/\(sid)").status == 204)
            #expect(try await sandbox.send(.GET, "/v1/Services/\(service)/\(collection)/\(sid)").code == 20404)
        }
    }

    @Test func aFunctionIsNotAnAsset() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let function = try await sandbox.createFunction(service)
            let response = try await sandbox.send(.GET, "/v1/Services/\(service)/Assets/\(function)")
            #expect(response.status == 404)
            #expect(response.code == 20404)
        }
    }

    @Test func uploadCreatesAFunctionVersionWithContent() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let function = try await sandbox.createFunction(service)
            let source = "exports.handler = function(context, event, callback) {\n  callback(null, \"héllo\");\n};\n"
            let uploaded = try await sandbox.upload("/v1/Services/\(service)/Functions/\(function)/Versions", path: "/greet", visibility: "protected", content: source)
            #expect(uploaded.status == 201)
            let version = try #require(uploaded.string("sid"))
            #expect(version.hasPrefix("ZN"))
            #expect(uploaded.string("function_sid") == function)
            #expect(uploaded.string("path") == "/greet")
            #expect(uploaded.string("visibility") == "protected")
            #expect(uploaded["date_updated"] == nil)
            let versionURL = "\(sandbox.base)/v1/Services/\(service)/Functions/\(function)/Versions/\(version)"
            #expect((uploaded["links"] as? [String: String])?["function_version_content"] == versionURL + "/Content")

            let content = try await sandbox.send(.GET, versionURL + "/Content")
            #expect(content.status == 200)
            #expect(content.string("content") == source)
            #expect(content.string("url") == versionURL + "/Content")

            let list = try await sandbox.send(.GET, "/v1/Services/\(service)/Functions/\(function)/Versions")
            #expect(list.list("function_versions").count == 1)
            #expect(list.list("function_versions").first?["content"] == nil)
        }
    }

    @Test func assetVersionsHaveNoLinksAndNoContentRoute() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let asset = try await sandbox.createAsset(service)
            let version = try await sandbox.uploadAssetVersion(service, asset)
            let fetched = try await sandbox.send(.GET, "/v1/Services/\(service)/Assets/\(asset)/Versions/\(version)")
            #expect(fetched.string("asset_sid") == asset)
            #expect(fetched["links"] == nil)
            #expect(try await sandbox.send(.GET, "/v1/Services/\(service)/Assets/\(asset)/Versions/\(version)/Content").status == 404)
        }
    }

    @Test(arguments: [
        ("", "public", "missing Path"),
        ("/x", "secret", "unknown Visibility"),
    ])
    func invalidUploadsAre20001(path: String, visibility: String, why: String) async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let function = try await sandbox.createFunction(service)
            let response = try await sandbox.upload("/v1/Services/\(service)/Functions/\(function)/Versions", path: path, visibility: visibility, content: "x")
            #expect(response.status == 400, "\(why)")
            #expect(response.code == 20001)
        }
    }

    @Test func aFormEncodedVersionCreateIsRejected() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let function = try await sandbox.createFunction(service)
            let response = try await sandbox.send(.POST, "/v1/Services/\(service)/Functions/\(function)/Versions", form: [("Path", "/x")])
            #expect(response.code == 20001)
        }
    }
}

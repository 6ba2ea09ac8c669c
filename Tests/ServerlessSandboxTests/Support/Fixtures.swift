import Foundation
import ServerlessSandbox

/// A response that was not the one a fixture step needs.
struct UnexpectedResponse: Error, CustomStringConvertible {
    var step: String
    var status: Int
    var body: String
    var description: String { "\(step): HTTP \(status) \(body)" }
}

/// Steps many tests share: each creates something and returns its SID, or throws.
extension SandboxHarness {
    func expect(_ status: Int, _ step: String, _ response: APIResponse) throws -> APIResponse {
        guard response.status == status else { throw UnexpectedResponse(step: step, status: response.status, body: response.text) }
        return response
    }

    func createService(_ uniqueName: String = "demo", as account: SandboxAccount = primaryAccount) async throws -> String {
        let response = try await send(.POST, "/v1/Services", form: [("UniqueName", uniqueName), ("FriendlyName", "Demo \(uniqueName)")], as: account)
        return try expect(201, "create service", response).string("sid") ?? ""
    }

    func createFunction(_ service: String, name: String = "hello", as account: SandboxAccount = primaryAccount) async throws -> String {
        let response = try await send(.POST, "/v1/Services/\(service)/Functions", form: [("FriendlyName", name)], as: account)
        return try expect(201, "create function", response).string("sid") ?? ""
    }

    func createAsset(_ service: String, name: String = "style") async throws -> String {
        let response = try await send(.POST, "/v1/Services/\(service)/Assets", form: [("FriendlyName", name)])
        return try expect(201, "create asset", response).string("sid") ?? ""
    }

    func uploadFunctionVersion(_ service: String, _ function: String, path: String = "/hello", content: String = "exports.handler = (c, e, cb) => cb(null, 'hi');") async throws -> String {
        let response = try await upload("/v1/Services/\(service)/Functions/\(function)/Versions", path: path, content: content)
        return try expect(201, "upload function version", response).string("sid") ?? ""
    }

    func uploadAssetVersion(_ service: String, _ asset: String, path: String = "/style.css", content: String = "body {}") async throws -> String {
        let response = try await upload("/v1/Services/\(service)/Assets/\(asset)/Versions", path: path, visibility: "public", content: content)
        return try expect(201, "upload asset version", response).string("sid") ?? ""
    }

    /// A service with one function version: (service, function, version).
    func serviceWithFunctionVersion(_ uniqueName: String = "demo", content: String = "exports.handler = () => {};") async throws -> (String, String, String) {
        let service = try await createService(uniqueName)
        let function = try await createFunction(service)
        let version = try await uploadFunctionVersion(service, function, content: content)
        return (service, function, version)
    }

    func createBuild(_ service: String, functionVersions: [String] = [], assetVersions: [String] = [], dependencies: String? = nil) async throws -> APIResponse {
        var form = functionVersions.map { ("FunctionVersions", $0) } + assetVersions.map { ("AssetVersions", $0) }
        if let dependencies { form.append(("Dependencies", dependencies)) }
        return try await send(.POST, "/v1/Services/\(service)/Builds", form: form)
    }

    /// Polls the build's Status until it is no longer `building` (generous timeout for a loaded machine).
    func waitForBuild(_ service: String, _ build: String, timeout: Duration = .seconds(30)) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            let status = try await send(.GET, "/v1/Services/\(service)/Builds/\(build)/Status").string("status") ?? ""
            if status != "building" { return status }
            try await Task.sleep(for: .milliseconds(50))
        }
        return "building"
    }

    /// A completed build of one function version: (service, build).
    func completedBuild(_ uniqueName: String = "demo") async throws -> (String, String) {
        let (service, _, version) = try await serviceWithFunctionVersion(uniqueName)
        let build = try expect(201, "create build", try await createBuild(service, functionVersions: [version])).string("sid") ?? ""
        let status = try await waitForBuild(service, build)
        guard status == "completed" else { throw UnexpectedResponse(step: "wait for build", status: 0, body: status) }
        return (service, build)
    }
}

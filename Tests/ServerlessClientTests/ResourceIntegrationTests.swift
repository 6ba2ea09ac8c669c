import Foundation
import ServerlessSandbox
import TestSupport
import Testing
@testable import ServerlessClient

/// Every resource family against the real sandbox over loopback.
@Suite(.serialized) struct ResourceIntegrationTests {
    @Test func servicesByUniqueNameAndSid() async throws {
        try await SandboxHarness.run { _, client in
            let created = try await client.createService(
                uniqueName: "shop", friendlyName: "Shop", includeCredentials: false, uiEditable: true)
            #expect(created.sid.hasPrefix("ZS"))
            #expect(created.includeCredentials == false)
            #expect(try await client.fetchService(service: "shop").sid == created.sid)
            let renamed = try await client.updateService(service: created.sid, friendlyName: "Shop 2")
            #expect(renamed.friendlyName == "Shop 2")
            #expect(try await client.listServices().collect().map(\.sid) == [created.sid])
            try await client.deleteService(service: "shop")
            let error = await #expect(throws: ServerlessError.self) { try await client.fetchService(service: created.sid) }
            #expect(error?.status == 404)
            #expect(error?.code == 20404)
            #expect(error?.request?.path == "/v1/Services/\(created.sid)")
            #expect(error?.request?.method == "GET")
        }
    }

    @Test func functionsVersionsAndContent() async throws {
        try await SandboxHarness.run { _, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let service = setup.service.sid
            #expect(setup.version.sid.hasPrefix("ZN"))
            #expect(setup.version.path == "/hello")
            #expect(setup.version.visibility == .public)
            let content = try await client.fetchFunctionVersionContent(
                service: service, function: setup.function.sid, version: setup.version.sid)
            #expect(content.content?.hasPrefix("exports.handler") == true)
            let versions = try await client.listFunctionVersions(service: service, function: setup.function.sid).collect()
            #expect(versions.map(\.sid) == [setup.version.sid])
            let fetched = try await client.fetchFunctionVersion(
                service: service, function: setup.function.sid, version: setup.version.sid)
            #expect(fetched.functionSid == setup.function.sid)
            let renamed = try await client.updateFunction(service: service, function: setup.function.sid, friendlyName: "hi")
            #expect(renamed.friendlyName == "hi")
            #expect(try await client.listFunctions(service: service).collect().count == 1)
        }
    }

    @Test func assetsAndVersions() async throws {
        try await SandboxHarness.run { _, client in
            let service = try await client.createService(uniqueName: "assets", friendlyName: "Assets").sid
            let asset = try await client.createAsset(service: service, friendlyName: "logo")
            #expect(asset.sid.hasPrefix("ZH"))
            let version = try await client.createAssetVersion(
                service: service, asset: asset.sid, path: "/logo.txt", visibility: .protected,
                content: Data("logo".utf8), contentType: "text/plain")
            #expect(version.visibility == .protected)
            #expect(try await client.fetchAssetVersion(service: service, asset: asset.sid, version: version.sid).path
                == "/logo.txt")
            #expect(try await client.listAssetVersions(service: service, asset: asset.sid).collect().count == 1)
            #expect(try await client.updateAsset(service: service, asset: asset.sid, friendlyName: "logo2").friendlyName
                == "logo2")
            #expect(try await client.fetchAsset(service: service, asset: asset.sid).friendlyName == "logo2")
            #expect(try await client.listAssets(service: service).collect().count == 1)
        }
    }

    @Test func buildWithDependenciesDeployAndVariables() async throws {
        try await SandboxHarness.run { _, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let service = setup.service.sid
            let build = try await client.createBuild(
                service: service, functionVersions: [setup.version.sid],
                dependencies: ["twilio": "5.3.0", "@twilio/runtime-handler": "2.0.0"], runtime: .node22)
            #expect(build.status == .building)
            #expect(build.functionVersions?.map(\.sid) == [setup.version.sid])
            #expect(build.dependencies?.entries.map(\.name).sorted() == ["@twilio/runtime-handler", "twilio"])
            let done = try await client.awaitBuild(service: service, build: build.sid, timeout: .seconds(30))
            #expect(done.status == .completed)
            #expect(try await client.fetchBuildStatus(service: service, build: build.sid).status == .completed)

            let environment = try await client.createEnvironment(service: service, uniqueName: "staging", domainSuffix: "stage")
            #expect(environment.buildSid == nil)
            let deployment = try await client.createDeployment(service: service, environment: environment.sid, build: build.sid)
            #expect(deployment.buildSid == build.sid)
            #expect(try await client.fetchDeployment(service: service, environment: environment.sid,
                                                     deployment: deployment.sid).sid == deployment.sid)
            #expect(try await client.listDeployments(service: service, environment: environment.sid).collect().count == 1)
            #expect(try await client.fetchEnvironment(service: service, environment: environment.sid).buildSid == build.sid)

            let variable = try await client.createVariable(
                service: service, environment: environment.sid, key: "GREETING", value: "hello world & more")
            #expect(variable.value == "hello world & more")
            let updated = try await client.updateVariable(
                service: service, environment: environment.sid, variable: variable.sid, value: "bye")
            #expect(updated.value == "bye")
            #expect(updated.key == "GREETING")
            #expect(try await client.fetchVariable(service: service, environment: environment.sid, variable: variable.sid)
                .value == "bye")
            #expect(try await client.listVariables(service: service, environment: environment.sid).collect().count == 1)
            try await client.deleteVariable(service: service, environment: environment.sid, variable: variable.sid)
            #expect(try await client.listVariables(service: service, environment: environment.sid).collect().isEmpty)

            let logs = try await client.listLogs(
                service: service, environment: environment.sid, function: setup.function.sid,
                startDate: Date(timeIntervalSinceNow: -3600), endDate: Date()).collect()
            for log in logs { #expect(log.functionSid == setup.function.sid) }

            let refused = await #expect(throws: ServerlessError.self) {
                try await client.deleteBuild(service: service, build: build.sid)
            }
            #expect(refused?.status.map { (400..<500).contains($0) } == true)
            try await client.deleteEnvironment(service: service, environment: environment.sid)
            try await client.deleteBuild(service: service, build: build.sid)
            #expect(try await client.listBuilds(service: service).collect().isEmpty)
        }
    }

    @Test func buildWithoutVersionsIsRefusedWithTheAPIError() async throws {
        try await SandboxHarness.run { server, client in
            let service = try await client.createService(uniqueName: "empty", friendlyName: "Empty").sid
            let error = await #expect(throws: ServerlessError.self) { try await client.createBuild(service: service) }
            #expect(error?.status == 400)
            #expect(error?.code == 20001)
            #expect(server.requestCount(method: "POST", pathContains: "/Builds") == 1)
        }
    }

    @Test func failedBuildIsReturnedNotThrown() async throws {
        try await SandboxHarness.run { _, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let build = try await client.createBuild(
                service: setup.service.sid, functionVersions: [setup.version.sid], dependencies: ["twilio": "not-semver"])
            let done = try await client.awaitBuild(service: setup.service.sid, build: build.sid, timeout: .seconds(30))
            #expect(done.status == .failed)
        }
    }

    @Test func wrongCredentialsGive20003WithoutLeakingThem() async throws {
        try await SandboxHarness.run { server, _ in
            var configuration = SandboxHarness.configuration(for: server)
            configuration.credentials = .authToken(accountSid: SandboxHarness.accountSid, authToken: "wrong-token-abc123")
            try await ServerlessClient.withClient(configuration: configuration) { client in
                let error = await #expect(throws: ServerlessError.self) { try await client.listServices().collect() }
                #expect(error?.status == 401)
                #expect(error?.code == 20003)
                #expect(error.map { !"\($0)".contains("wrong-token-abc123") } == true)
            }
        }
    }

    @Test func emptySidIsAnArgumentErrorBeforeAnyRequest() async throws {
        try await SandboxHarness.run { server, client in
            let error = await #expect(throws: ServerlessError.self) {
                try await client.fetchBuildStatus(service: " ", build: "ZB1")
            }
            if case .invalidArgument = error {} else { Issue.record("expected invalidArgument, got \(String(describing: error))") }
            await #expect(throws: ServerlessError.self) { try await client.listBuilds(service: "").collect() }
            #expect(server.requestCount() == 0)
        }
    }
}

import Foundation
import ServerlessSandbox
import TestSupport
import Testing
@testable import ServerlessClient

/// The generic path: any resource by its `ResourcePath`, built from the generated `ResourceKind`.
struct AnyResourceTests {
    @Test(arguments: [
        (ResourcePath(.service), "/v1/Services"),
        (ResourcePath(.service, sid: "demo"), "/v1/Services/demo"),
        (ResourcePath(.build, parents: ["ZS1"], sid: "ZB1"), "/v1/Services/ZS1/Builds/ZB1"),
        (ResourcePath(.buildStatus, parents: ["ZS1"], sid: "ZB1"), "/v1/Services/ZS1/Builds/ZB1/Status"),
        (ResourcePath(.functionVersion, parents: ["ZS1", "ZH1"]), "/v1/Services/ZS1/Functions/ZH1/Versions"),
        (ResourcePath(.functionVersionContent, parents: ["ZS1", "ZH1"], sid: "ZN1"),
         "/v1/Services/ZS1/Functions/ZH1/Versions/ZN1/Content"),
        (ResourcePath(.log, parents: ["ZS1", "ZE1"]), "/v1/Services/ZS1/Environments/ZE1/Logs"),
        (ResourcePath(.variable, parents: ["my service", "ZE1"], sid: "ZV1"),
         "/v1/Services/my%20service/Environments/ZE1/Variables/ZV1"),
    ])
    func pathsFollowTheSpecsTemplates(path: ResourcePath, expected: String) throws {
        #expect(try path.route().path == expected)
    }

    @Test(arguments: [
        ResourcePath(.build),  // no service
        ResourcePath(.service, parents: ["ZS1"]),  // a service has no parent
        ResourcePath(.variable, parents: ["ZS1"], sid: "ZV1"),  // no environment
        ResourcePath(.build, parents: [" "], sid: "ZB1"),  // an empty SID
    ])
    func aPathThatDoesNotFitIsRefusedBeforeSending(path: ResourcePath) {
        #expect(throws: ServerlessError.self) { try path.route() }
    }

    @Test func everyKindCountsItsParentsFromItsTemplate() {
        let counts = Dictionary(uniqueKeysWithValues: ResourceKind.allCases.map { ($0, $0.parentCount) })
        #expect(counts == [
            .service: 0, .function: 1, .functionVersion: 2, .functionVersionContent: 2, .asset: 1,
            .assetVersion: 2, .build: 1, .buildStatus: 1, .environment: 1, .deployment: 2, .variable: 2, .log: 2,
        ])
    }

    @Test func theGenericAndTypedWaysInSendTheSameRequests() async throws {
        try await SandboxHarness.run { _, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let service = setup.service.sid
            var form = FormParameters()
            form.add("FunctionVersions", each: [setup.version.sid])
            let created = try await client.create(ResourcePath(.build, parents: [service]), form: form)
            let build = try #require(created as? Build)
            #expect(build.functionVersions?.map(\.sid) == [setup.version.sid])

            let fetched = try await client.fetch(ResourcePath(.build, parents: [service], sid: build.sid))
            #expect((fetched as? Build)?.sid == build.sid)
            let status = try await client.fetch(ResourcePath(.buildStatus, parents: [service], sid: build.sid))
            #expect(status is BuildStatus)

            var listed: [String] = []
            for try await each in client.list(ResourcePath(.build, parents: [service]), as: Build.self) {
                listed.append(each.sid)
            }
            let typed = try await client.listBuilds(service: service).reduce(into: []) { $0.append($1.sid) }
            #expect(listed == typed && listed == [build.sid])

            let uploaded = try await client.upload(
                ResourcePath(.assetVersion, parents: [service, try await client.createAsset(service: service, friendlyName: "logo").sid]),
                servedAt: "/logo.txt", visibility: .public, content: Data("hi".utf8))
            #expect((uploaded as? AssetVersion)?.path == "/logo.txt")
            await #expect(throws: ServerlessError.self) {
                try await client.upload(
                    ResourcePath(.build, parents: [service]), servedAt: "/x", visibility: .public, content: Data())
            }

            try await client.delete(ResourcePath(.build, parents: [service], sid: build.sid))
            await #expect(throws: ServerlessError.self) { try await client.fetchBuild(service: service, build: build.sid) }
        }
    }
}

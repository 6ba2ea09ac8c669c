import Foundation
import ServerlessClient

/// A service with one function and one uploaded version, ready to build.
public struct BuildableService: Sendable {
    public var service: Service
    public var function: Function
    public var version: FunctionVersion
}

extension SandboxHarness {
    /// The handler every fixture function deploys.
    public static let helloHandler = "exports.handler = (context, event, callback) => callback(null, 'hi');"

    /// Creates service `name` with a function `hello` and one public version of it at `/hello`.
    public static func makeBuildableService(_ client: ServerlessClient, name: String = "demo") async throws -> BuildableService {
        let service = try await client.createService(uniqueName: name, friendlyName: "Demo \(name)")
        let function = try await client.createFunction(service: service.sid, friendlyName: "hello")
        let version = try await client.createFunctionVersion(
            service: service.sid, function: function.sid, path: "/hello", visibility: .public,
            content: Data(helloHandler.utf8))
        return BuildableService(service: service, function: function, version: version)
    }

    /// Creates `count` builds of the service's version, at most 16 at a time, in creation order.
    public static func makeBuilds(_ client: ServerlessClient, _ setup: BuildableService, count: Int) async throws -> [Build] {
        try await withThrowingTaskGroup(of: (Int, Build).self) { group in
            var builds: [(Int, Build)] = []
            for index in 0..<count {
                if index >= 16, let done = try await group.next() { builds.append(done) }
                group.addTask {
                    (index, try await client.createBuild(service: setup.service.sid, functionVersions: [setup.version.sid]))
                }
            }
            for try await done in group { builds.append(done) }
            return builds.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}

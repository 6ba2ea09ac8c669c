import BuildScript
import Foundation
import Testing

@testable import ServerlessVerbs

/// What `deploy` gives a serverless-toolkit user after it has run: the result record with every
/// function's and asset's URL, the environment's domain and runtime (the facts
/// `twilio serverless:deploy -o json` prints), a summary on stderr listing the same URLs, and with
/// `-o json` one clean JSON record on stdout.
@Suite(.timeLimit(.minutes(2)))
struct DeployOutputTests {
    @Test func theRecordGivesEveryFunctionAndAssetWithItsURLAndTheDomain() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            try await harness.run(#"let result = deploy "\#(fixture.directory)""#)
            let result = harness.variable("result")
            let domain = try #require(result["domain_name"].stringText)
            let environment = try await harness.client.fetchEnvironment(
                service: result["service_sid"].stringText ?? "", environment: result["environment_sid"].stringText ?? "")
            #expect(environment.domainName == domain)
            #expect(result["domain_suffix"] == (environment.domainSuffix.map(Value.string) ?? .null))
            #expect(result["url"] == .string("https://\(domain)"))
            #expect(result["runtime"] == "node22")
            let functions = try #require(result["functions"].listValue)
            #expect(functions.map { $0["path"].stringText ?? "" }.sorted() == ["/api/status", "/greeting", "/hello"])
            let assets = try #require(result["assets"].listValue)
            let byPath = Dictionary(uniqueKeysWithValues: assets.map { ($0["path"].stringText ?? "", $0) })
            #expect(byPath["/index.html"] == ["path": "/index.html", "visibility": "public", "url": .string("https://\(domain)/index.html")])
            #expect(byPath["/style.css"]?["url"] == .string("https://\(domain)/style.css"))
            // A private asset is not served: no URL, as for a private function.
            #expect(byPath["/config.json"] == ["path": "/config.json", "visibility": "private", "url": .null])
            #expect(functions.first { $0["path"] == "/greeting" }?["url"] == .null)
        }
    }

    @Test func theSummaryOnStderrListsEachURLAndWhereItWent() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            let stdout = try await harness.run(#"let result = deploy "\#(fixture.directory)""#)
            #expect(stdout.isEmpty)
            let result = harness.variable("result")
            let domain = try #require(result["domain_name"].stringText)
            let build = try #require(result["build_sid"].stringText)
            // The environment's unique name (what deploy names an environment is not this test's concern).
            let environment = try #require(result["environment"].stringText)
            let text = harness.stderr.text
            let summary = try #require(text.range(of: "deployed build \(build) to environment \(environment) of service hello-project\n"))
            let lines = text[summary.upperBound...].split(separator: "\n").map(String.init)
            #expect(lines.contains("  domain       \(domain)"))
            #expect(lines.contains("  service      hello-project (\(result["service_sid"].stringText ?? ""))"))
            #expect(lines.contains("  environment  \(environment) (\(result["environment_sid"].stringText ?? ""))"))
            #expect(lines.contains("  build        \(build) (runtime node22)"))
            #expect(lines.contains("  function  /hello       public     https://\(domain)/hello"))
            #expect(lines.contains("  function  /api/status  protected  https://\(domain)/api/status"))
            #expect(lines.contains("  function  /greeting    private    no URL (Runtime.getFunctions()['/greeting'] in a function)"))
            #expect(lines.contains("  asset     /index.html  public     https://\(domain)/index.html"))
            #expect(lines.contains("  asset     /config.json private    no URL (Runtime.getAssets()['/config.json'] in a function)"))
            #expect(!text.contains("Optional("))

            harness.stderr.clear()
            try await harness.run(#"deploy "\#(fixture.directory)""#)
            #expect(harness.stderr.text.contains("up to date: environment \(environment) of service hello-project already runs build \(build)\n  domain       \(domain)\n"))
            #expect(harness.stderr.text.contains("  asset     /style.css   public     https://\(domain)/style.css"))
        }
    }

    @Test func withJSONOutputStdoutIsOneCleanRecord() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50), options: VerbOptions(outputFormat: .json)) { harness in
            let stdout = try await harness.run(#"deploy "\#(fixture.directory)""#)
            let record = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
            let domain = try #require(record["domain_name"] as? String)
            #expect(record["status"] as? String == "deployed")
            #expect(record["domain_suffix"] as? String == "dev")
            #expect(record["url"] as? String == "https://\(domain)")
            let assets = try #require(record["assets"] as? [[String: Any]])
            #expect(assets.count == 3)
            #expect(assets.contains { $0["path"] as? String == "/style.css" && $0["url"] as? String == "https://\(domain)/style.css" })
            #expect(assets.contains { $0["path"] as? String == "/config.json" && $0["url"] is NSNull })
            #expect((record["functions"] as? [[String: Any]])?.count == 3)
            // The plan and the summary are on stderr, never mixed into the record.
            #expect(harness.stderr.text.contains("deploy plan: service hello-project"))
            #expect(harness.stderr.text.contains("deployed build "))
            #expect(!stdout.contains("deploy plan"))
        }
    }

    @Test func aDeployThatFailsOrOnlyPlansPrintsNoSummary() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try fixture.write("functions/broken.js", "")
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            _ = try #require(await harness.failure(#"deploy "\#(fixture.directory)""#))
            #expect(!harness.stderr.text.contains("deployed build"))
            #expect(!harness.stderr.text.contains("  domain "))
        }
        try await ScriptHarness.run(buildTime: .milliseconds(50), dryRun: true) { harness in
            try fixture.remove("functions/broken.js")
            let stdout = try await harness.run(#"deploy "\#(fixture.directory)""#)
            #expect(stdout.isEmpty)
            #expect(harness.stderr.text.contains("dry run: nothing was created"))
            #expect(!harness.stderr.text.contains("deployed build"))
        }
    }
}

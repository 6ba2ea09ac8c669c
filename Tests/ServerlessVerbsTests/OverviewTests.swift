import Foundation
import ServerlessClient
import ServerlessSandbox
import TestSupport
import Testing

@testable import ServerlessVerbs

/// `status`, `diff environment` and `explain build` against the sandbox.
@Suite(.timeLimit(.minutes(2)))
struct OverviewTests {
    /// Service demo: `$b1` (hello v1, logo, twilio 5.3.0, node22) runs in production and dev;
    /// `$b2` (hello v2 private, bye, no logo, twilio 5.4.0 and axios, node20) runs in stage. Each
    /// environment has variables; production's SECRET and stage's SECRET differ.
    static func makeThreeEnvironments(_ harness: ScriptHarness) async throws {
        try await harness.makeBuildableService()
        try await harness.run(
            """
            use service demo
            let logo = create asset friendly_name=logo
            let a1 = create asset version $logo path=/logo.svg visibility=public content="<svg/>"
            let b1 = create build functions=[$v1] assets=[$a1] dependencies={twilio: "5.3.0"} runtime=node22
            let v2 = create function version $fn path=/hello visibility=private content="exports.handler = (c, e, cb) => cb(null, 'v2');"
            let bye = create function friendly_name=bye
            let w1 = create function version $bye path=/bye visibility=protected content="exports.handler = (c, e, cb) => cb(null, 'bye');"
            let b2 = create build functions=[$v2, $w1] dependencies={twilio: "5.4.0", axios: "1.7.0"} runtime=node20
            create environment unique_name=production
            create environment unique_name=dev-environment domain_suffix=dev
            create environment unique_name=stage-environment domain_suffix=stage
            create deployment production build=$b1
            create deployment dev build=$b1
            create deployment stage build=$b2
            create variable key=SECRET value=production-secret-value environment=production
            create variable key=GREETING value=hello environment=production
            create variable key=SECRET value=stage-secret-value environment=stage
            create variable key=GREETING value=hello environment=stage
            create variable key=ONLY_STAGE value=x environment=stage
            """)
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func statusShowsEveryEnvironmentInOneRequestEachPlusTwo() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await Self.makeThreeEnvironments(harness)
            harness.session.outputFormat = .json
            let before = harness.server.requestCount()
            let printed = try await harness.run("status")
            #expect(harness.server.requestCount() - before <= 3 + 2)
            let records = try #require(try Self.json(printed) as? [[String: Any]])
            #expect(records.map { $0["environment"] as? String } == ["production", "dev-environment", "stage-environment"])
            let production = records[0]
            #expect(production["build_sid"] as? String == harness.variable("b1")["sid"].stringValue)
            #expect(production["runtime"] as? String == "node22")
            #expect(production["build_status"] as? String == "completed")
            #expect(production["deployed"] is String)
            let domain = try #require(production["domain"] as? String)
            let functions = try #require(production["functions"] as? [[String: Any]])
            #expect(functions.first?["url"] as? String == "https://\(domain)/hello")
            #expect(functions.first?["visibility"] as? String == "public")
            let assets = try #require(production["assets"] as? [[String: Any]])
            #expect(assets.first?["url"] as? String == "https://\(domain)/logo.svg")
            #expect(production["variables"] as? [String] == ["GREETING", "SECRET"])
            let stage = records[2]
            #expect(stage["runtime"] as? String == "node20")
            #expect((stage["functions"] as? [[String: Any]])?.map { $0["visibility"] as? String } == ["protected", "private"])
            #expect(stage["variables"] as? [String] == ["GREETING", "ONLY_STAGE", "SECRET"])
            #expect(!printed.contains("secret-value"))

            harness.session.outputFormat = .table
            let table = try await harness.run("status demo")
            #expect(table.contains("https://\(domain)/hello"))
            #expect(!table.contains("secret-value"))
        }
    }

    @Test func statusOfAnEnvironmentWithoutABuildAndOfAServiceWithNone() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            harness.session.outputFormat = .json
            #expect(try await harness.run("status demo") == "[]\n")
            try await harness.run("create environment unique_name=empty service=demo")
            let before = harness.server.requestCount()
            let records = try #require(try Self.json(try await harness.run("status demo")) as? [[String: Any]])
            #expect(harness.server.requestCount() - before == 2)
            #expect(records.first?["build_sid"] is NSNull)
            #expect(records.first?["deployed"] is NSNull)
            #expect((records.first?["functions"] as? [Any])?.isEmpty == true)
            let missing = await harness.failure("status nosuch")
            #expect(missing?.code == 20404)
            let noService = await harness.failure("status")
            #expect(noService?.message.contains("needs a service") == true)
        }
    }

    @Test func diffEnvironmentShowsBuildVersionsDependenciesAndVariableKeysWithValuesHidden() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await Self.makeThreeEnvironments(harness)
            harness.session.outputFormat = .json
            let printed = try await harness.run("diff environment production stage")
            #expect(!printed.contains("secret-value"))
            let changes = try #require(try Self.json(printed) as? [[String: Any]])
            func change(_ what: String, _ name: String) -> [String: String?]? {
                changes.first { $0["what"] as? String == what && $0["name"] as? String == name }
                    .map { ["change": $0["change"] as? String, "from": $0["from"] as? String, "to": $0["to"] as? String] }
            }
            let b1 = harness.variable("b1")["sid"].stringValue
            let b2 = harness.variable("b2")["sid"].stringValue
            #expect(change("build", "") == ["change": "changed", "from": b1, "to": b2])
            #expect(change("runtime", "") == ["change": "changed", "from": "node22", "to": "node20"])
            #expect(change("function", "/hello")?["change"] == "changed")
            #expect(change("function", "/hello")?["to"] == "\(harness.variable("v2")["sid"].stringValue ?? "") (private)")
            #expect(change("function", "/bye")?["change"] == "added")
            #expect(change("asset", "/logo.svg")?["change"] == "removed")
            #expect(change("dependency", "twilio") == ["change": "changed", "from": "5.3.0", "to": "5.4.0"])
            #expect(change("dependency", "axios") == ["change": "added", "from": nil, "to": "1.7.0"])
            #expect(change("variable", "SECRET") == ["change": "changed", "from": "(hidden)", "to": "(hidden)"])
            #expect(change("variable", "ONLY_STAGE") == ["change": "added", "from": nil, "to": "(hidden)"])
            #expect(change("variable", "GREETING") == nil)

            // Same build, same variables: nothing, and said so.
            try await harness.run("create variable key=SECRET value=production-secret-value environment=dev; create variable key=GREETING value=hello environment=dev")
            #expect(try await harness.run("diff environment production dev") == "[]\n")
            #expect(harness.stderr.text.contains("production and dev-environment run the same build with the same variables"))
        }
    }

    @Test func diffEnvironmentRefusesUnknownAndIdenticalNames() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await Self.makeThreeEnvironments(harness)
            let unknown = await harness.failure("diff environment production nosuch")
            #expect(unknown?.message.contains("nosuch") == true)
            let same = await harness.failure("diff environment production production")
            #expect(same?.message.contains("same environment") == true)
            let missing = await harness.failure("diff environment production")
            #expect(missing != nil)
        }
    }

    @Test func explainBuildShowsVersionsEnvironmentsAndChangesFromThePreviousBuild() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await Self.makeThreeEnvironments(harness)
            harness.session.outputFormat = .json
            let record = try #require(try Self.json(try await harness.run("explain build $b2")) as? [String: Any])
            #expect(record["status"] as? String == "completed")
            #expect(record["runtime"] as? String == "node20")
            #expect(record["failure_reason"] == nil)
            #expect(record["previous_build"] as? String == harness.variable("b1")["sid"].stringValue)
            let versions = try #require(record["versions"] as? [[String: Any]])
            #expect(versions.map { $0["path"] as? String } == ["/bye", "/hello"])
            #expect(versions.allSatisfy { $0["date_created"] is String && $0["visibility"] is String })
            #expect((record["environments"] as? [[String: Any]])?.map { $0["environment"] as? String } == ["stage-environment"])
            let dependencies = try #require(record["dependencies"] as? [[String: Any]])
            #expect(Set(dependencies.compactMap { $0["name"] as? String }) == ["twilio", "axios"])
            let changes = try #require(record["changes"] as? [[String: Any]])
            #expect(changes.contains { $0["what"] as? String == "runtime" && $0["to"] as? String == "node20" })
            #expect(changes.contains { $0["what"] as? String == "asset" && $0["change"] as? String == "removed" })

            let first = try #require(try Self.json(try await harness.run("explain build $b1")) as? [String: Any])
            #expect(first["previous_build"] is NSNull)
            #expect((first["changes"] as? [Any])?.isEmpty == true)
            #expect((first["environments"] as? [[String: Any]])?.count == 2)
        }
    }

    @Test func explainBuildOfAFailedBuildSaysWhy() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo; let bad = create build functions=[$v1] dependencies={twilio: \"not-a-version\"}")
            harness.session.outputFormat = .json
            let record = try #require(try Self.json(try await harness.run("explain build $bad")) as? [String: Any])
            #expect(record["status"] as? String == "failed")
            #expect((record["failure_reason"] as? String)?.contains("not valid semver") == true)
            #expect((record["environments"] as? [Any])?.isEmpty == true)
            let wrong = await harness.failure("explain build ZE00000000000000000000000000000000")
            #expect(wrong?.message.contains("ZB") == true)
            let missing = await harness.failure("explain build ZB00000000000000000000000000000000")
            #expect(missing?.code == 20404)
        }
    }

    @Test func serverTextWithEscapesComesOutEscaped() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run(
                """
                use service demo
                let evil = create function version $fn path="/x\\u{1b}[2J" visibility=public content="exports.handler = (c, e, cb) => cb(null, 1);"
                let b = create build functions=[$evil]
                create environment unique_name=production
                create deployment production build=$b
                """)
            for command in ["status", "explain build $b", "diff environment production (create environment unique_name=dev-environment domain_suffix=dev)"] {
                let printed = try await harness.run(command)
                #expect(!printed.contains("\u{1b}"), "\(command) printed a raw escape")
                #expect(printed.contains("\\e[2J"), "\(command) did not show the path escaped: \(printed)")
            }
        }
    }
}

/// `explain config`: the host's settings as it described them, then the toolkit file's keys.
@Suite struct ExplainConfigTests {
    @Test func showsEachSettingsOriginWithSecretsHidden() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explain-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{ serviceName: "demo", apiSecret: "rc-secret-value", runtime: "node22" }"#.utf8)
            .write(to: folder.appendingPathComponent(".twilioserverlessrc"))
        var options = VerbOptions()
        options.settings = ResolvedSettings([
            .init("account_sid", value: "AC123", origin: .profile("work", file: "~/.twilio-cli/config.json")),
            .secret("api_secret", value: "profile-secret-value", origin: .profile("work", file: "~/.twilio-cli/config.json")),
            .init("output", value: "table", origin: .standard),
            .init("api_url", value: "http://x", origin: .flag("--api-url")),
        ])
        try await ScriptHarness.run(options: options) { harness in
            harness.interpreter.options.workingDirectory = folder.path
            let printed = try await harness.run("explain config")
            #expect(!printed.contains("secret-value"))
            let lines = printed.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            #expect(lines.contains("account_sid AC123 twilio-cli profile 'work' (~/.twilio-cli/config.json)"))
            #expect(lines.contains("api_secret (set, hidden) twilio-cli profile 'work' (~/.twilio-cli/config.json)"))
            #expect(lines.contains("output table default"))
            #expect(lines.contains("api_url http://x flag --api-url"))
            #expect(lines.contains("serviceName demo .twilioserverlessrc key serviceName"))
            #expect(lines.contains("apiSecret (set, hidden) .twilioserverlessrc key apiSecret"))
        }
    }

    /// A file whose top-level `runtime` the `commands.deploy` and `environments.<suffix>` sections
    /// override: `explain config` shows the value `deploy` uses and the key it came from, not the
    /// top-level keys as written (a section is no setting).
    @Test func showsTheMergedValuesDeployUses() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explain-merged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            {
              runtime: "node18",
              serviceName: "demo",
              commands: { deploy: { runtime: "node20" }, start: { port: 4000 } },
              environments: { stage: { runtime: "node22", serviceName: "demo-stage" } },
              username: "dropped-as-the-toolkit-drops-it",
            }
            """.utf8).write(to: folder.appendingPathComponent(".twilioserverlessrc"))
        try await ScriptHarness.run { harness in
            harness.interpreter.options.workingDirectory = folder.path
            let lines = { (statement: String) async throws -> [String] in
                try await harness.run(statement).split(separator: "\n").map {
                    $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                }
            }
            let standard = try await lines("explain config")
            #expect(standard.contains("runtime node20 .twilioserverlessrc key commands.deploy.runtime"))
            #expect(standard.contains("serviceName demo .twilioserverlessrc key serviceName"))
            #expect(!standard.contains { $0.hasPrefix("commands ") || $0.hasPrefix("environments ") || $0.hasPrefix("port ") })
            #expect(!standard.contains { $0.contains("dropped-as-the-toolkit-drops-it") })

            let stage = try await lines("explain config environment=stage")
            #expect(stage.contains("runtime node22 .twilioserverlessrc key environments.stage.runtime"))
            #expect(stage.contains("serviceName demo-stage .twilioserverlessrc key environments.stage.serviceName"))

        }
        // The same merge as deploy's: its settings take the same runtime from the same key.
        let inputs = DeployInputs.gather(
            directory: folder.path, arguments: DeploySettings.Arguments(), account: ToolkitAccount(accountSid: nil, region: "us1"))
        #expect(inputs.settings.origins.contains {
            $0.setting == "runtime" && $0.value == "node20" && $0.source == ".twilioserverlessrc:4:25 commands.deploy.runtime"
        })
    }

    /// Reproducer: after `.dryrun on` or `.presenter off` in the REPL, `explain config` still showed
    /// the switches as the command line set them.
    @Test func showsTheSwitchesAsTheyAreNow() async throws {
        var options = VerbOptions()
        options.settings = ResolvedSettings([
            .init("output", value: "table", origin: .standard),
            .init("dry_run", value: "false", origin: .standard),
            .init("presenter", value: "true", origin: .flag("--presenter")),
        ])
        try await ScriptHarness.run(options: options) { harness in
            harness.session.outputFormat = .tsv
            harness.interpreter.options.dryRun = true
            let printed = try await harness.run("explain config")
            let lines = printed.split(separator: "\n").map { $0.split(separator: "\t").joined(separator: " ") }
            #expect(lines.contains("output tsv REPL .mode"))
            #expect(lines.contains("dry_run true REPL .dryrun"))
            #expect(lines.contains("presenter false REPL .presenter"))
        }
    }
}

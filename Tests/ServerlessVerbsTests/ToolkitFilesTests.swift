import BuildScript
import Foundation
import ServerlessClient
import TestSupport
import Testing

@testable import ServerlessVerbs

/// The serverless-toolkit's files beside a project: `.twilioserverlessrc` (found, merged and
/// overridden as twilio-run does) and `.twiliodeployinfo` (read for the service, written after a
/// deploy in the toolkit's own format).
@Suite(.timeLimit(.minutes(2)))
struct ToolkitFilesTests {
    static let account = SandboxHarness.accountSid
    static let otherAccount = "AC" + String(repeating: "d2", count: 16)

    // MARK: Configuration search and merge

    private static func folder() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/a/b/project", withIntermediateDirectories: true)
        return root
    }

    private static func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func theSearchTakesTheFirstPlaceWithContentFromTheProjectUp() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let project = root + "/a/b/project"
        #expect(try ToolkitConfigFile.search(from: project, home: root).get() == nil)
        try Self.write(root + "/a/.twilioserverlessrc", "{ runtime: 'node20' }")
        #expect(try ToolkitConfigFile.search(from: project, home: root).get()?.shownPath == "../../.twilioserverlessrc")
        try Self.write(project + "/package.json", #"{"name": "p"}"#)
        try Self.write(project + "/.twilioserverlessrc", "  \n")
        #expect(try ToolkitConfigFile.search(from: project, home: root).get()?.shownPath == "../../.twilioserverlessrc")
        #expect(try ToolkitConfigFile.search(from: project, home: project).get() == nil)
        try Self.write(project + "/.twilioserverlessrc.json", #"{"runtime": "node18"}"#)
        #expect(try ToolkitConfigFile.search(from: project, home: root).get()?.shownPath == ".twilioserverlessrc.json")
        try Self.write(project + "/package.json", #"{"name": "p", "twilioserverless": {"runtime": "node22"}}"#)
        let package = try #require(try ToolkitConfigFile.search(from: project, home: root).get())
        #expect(package.shownPath == "package.json")
        #expect(package.root["runtime"] == .string("node22"))
        try Self.write(project + "/package.json", #"{"name": "p", "twilioserverless": "node22"}"#)
        guard case .failure(let notObject) = ToolkitConfigFile.search(from: project, home: root) else { Issue.record("accepted"); return }
        #expect(notObject.description == "package.json: twilioserverless must be an object, not a string")
        try FileManager.default.removeItem(atPath: project + "/package.json")
        try Self.write(project + "/.twilioserverlessrc", "{\n  runtime: 'node20'\n  env: '.env'\n}")
        guard case .failure(let broken) = ToolkitConfigFile.search(from: project, home: root) else { Issue.record("accepted"); return }
        #expect(broken.description == ".twilioserverlessrc:3:3: invalid character 'e': expected ',' or '}'")
        try FileManager.default.removeItem(atPath: project + "/.twilioserverlessrc")
        try FileManager.default.removeItem(atPath: project + "/.twilioserverlessrc.json")
        try Self.write(project + "/.twilioserverlessrc.yaml", "runtime: node20\n")
        guard case .failure(let yaml) = ToolkitConfigFile.search(from: project, home: root) else { Issue.record("accepted"); return }
        #expect(yaml.file == ".twilioserverlessrc.yaml")
        #expect(yaml.message.contains("buildsh reads only JSON5 configuration"))
    }

    @Test func sectionsMergeAsTwilioRunMergesThem() throws {
        let text = """
            {
              serviceName: 'base', runtime: 'node18', username: 'ACsecret', environment: 'stage',
              commands: { deploy: { runtime: 'node20', functionsFolder: 'src/fn' }, promote: { runtime: 'node8' } },
              environments: { dev: { runtime: 'node22' }, stage: { serviceName: 'staged' }, '*': { serviceName: 'prod-svc' } },
              projects: { '\(Self.account)': { serviceSid: 'ZS00000000000000000000000000000001' },
                          '\(Self.otherAccount):ie1': { serviceName: 'irish' } },
            }
            """
        let file = ToolkitConfigFile(path: "/p/.twilioserverlessrc", shownPath: ".twilioserverlessrc", root: try JSON5Reader.parse(text), keyPrefix: "")
        let dev = ToolkitConfigSettings(file, command: "deploy", environmentSuffix: "dev", accountSid: Self.account, region: "us1")
        #expect(dev["runtime"] == .init(value: .string("node22"), file: ".twilioserverlessrc", position: "4:26", keyPath: "environments.dev.runtime"))
        #expect(dev["runtime"]?.origin == ".twilioserverlessrc:4:26 environments.dev.runtime")
        #expect(dev["functionsFolder"]?.origin == ".twilioserverlessrc:3:44 commands.deploy.functionsFolder")
        #expect(dev["serviceName"]?.value == .string("base"))
        #expect(dev["serviceSid"]?.origin == ".twilioserverlessrc:5:55 projects.\(Self.account).serviceSid")
        #expect(dev["username"] == nil)
        #expect(dev.keys == ["environment", "functionsFolder", "runtime", "serviceName", "serviceSid"])
        let production = ToolkitConfigSettings(file, command: "deploy", environmentSuffix: "", accountSid: nil, region: "us1")
        #expect(production["serviceName"]?.value == .string("prod-svc"))
        #expect(production["serviceSid"] == nil)
        #expect(production["runtime"]?.value == .string("node20"))
        let ireland = ToolkitConfigSettings(file, command: "deploy", environmentSuffix: "stage", accountSid: Self.otherAccount, region: "ie1")
        #expect(ireland["serviceName"]?.value == .string("irish"))
        let notUS = ToolkitConfigSettings(file, command: "deploy", environmentSuffix: "stage", accountSid: Self.account, region: "au1")
        #expect(notUS["serviceSid"] == nil)
        #expect(notUS["serviceName"]?.value == .string("staged"))

        let broken = ToolkitConfigFile(
            path: "/p/x", shownPath: "x", root: try JSON5Reader.parse("{ commands: { deploy: 'fast' }, environments: [] }"), keyPrefix: "")
        let merged = ToolkitConfigSettings(broken, command: "deploy", environmentSuffix: "dev", accountSid: nil, region: "us1")
        #expect(merged.problems.map(\.description) == [
            "x:1:15 commands.deploy: must be an object, not a string", "x:1:33 environments: must be an object, not an array",
        ])
    }

    @Test func argumentsOverrideTheFileAndTheDryRunSaysWhereEachSettingCameFrom() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try fixture.write(".twilioserverlessrc", """
            // serverless-toolkit configuration
            {
              "commands": { "deploy": { "runtime": "node20", "force": true } },
              "environments": { "stage": { "serviceName": "staged-project" } },
              serviceName: 'configured-project',
              functionsFolder: 'functions',
            }
            """)
        try await ScriptHarness.run(buildTime: .milliseconds(20), dryRun: true) { harness in
            try await harness.run(#"deploy "\#(fixture.directory)""#)
            let text = harness.stderr.text
            #expect(text.contains("deploy settings (configuration: .twilioserverlessrc):"))
            #expect(text.contains(#/service +configured-project +\.twilioserverlessrc:5:3 serviceName/#))
            #expect(text.contains(#/environment +dev +default/#))
            #expect(text.contains(#/runtime +node20 +\.twilioserverlessrc:3:29 commands\.deploy\.runtime/#))
            #expect(text.contains(#/functions folder +functions +\.twilioserverlessrc:6:3 functionsFolder/#))
            #expect(text.contains("not used by deploy: force"))
            #expect(text.contains("deploy plan: service configured-project (new), environment dev-environment (new, domain suffix dev), runtime node20"))
            harness.stderr.clear()
            try await harness.run(#"deploy "\#(fixture.directory)" environment=stage runtime=node22"#)
            #expect(harness.stderr.text.contains(#/service +staged-project +\.twilioserverlessrc:4:32 environments\.stage\.serviceName/#))
            #expect(harness.stderr.text.contains(#/runtime +node22 +runtime=/#))
            harness.stderr.clear()
            try await harness.run(#"deploy "\#(fixture.directory)" service=given-name"#)
            #expect(harness.stderr.text.contains(#/service +given-name +service=/#))
        }
        try fixture.write(".twilioserverlessrc", "{ runtime: 'node99', functionsFolder: 'nowhere', serviceName: 7 }")
        try await ScriptHarness.run(buildTime: .milliseconds(20)) { harness in
            let failure = await harness.failure(#"deploy "\#(fixture.directory)""#)
            let message = failure?.message ?? ""
            #expect(message.contains(".twilioserverlessrc:1:3 runtime: 'node99' is not a runtime Twilio accepts"))
            #expect(message.contains(".twilioserverlessrc:1:22 functionsFolder: no functions folder 'nowhere' in the project"))
            #expect(message.contains(".twilioserverlessrc:1:50 serviceName: must be a string, not a number"))
        }
    }

    @Test func aHostileConfigurationStopsTheDeployWithItsPlaceAndCreatesNothing() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(20)) { harness in
            let cases: [(String, String)] = [
                (String(repeating: "[", count: 50_000), ".twilioserverlessrc:1:129: nested deeper than 128 objects and arrays"),
                ("{ runtime: 'node22' } trailing", ".twilioserverlessrc:1:23: unexpected 't' after the value"),
                ("{\n  runtime: \"node22\n}", ".twilioserverlessrc:2:19: U+000A inside a string (opened at 2:12)"),
                ("{ serviceName: '\\uD800' }", ".twilioserverlessrc:1:17: a lone surrogate \\uD800"),
                ("[1, 2]", ".twilioserverlessrc: the configuration must be an object, not an array"),
            ]
            for (text, expected) in cases {
                try fixture.write(".twilioserverlessrc", text)
                let failure = await harness.failure(#"deploy "\#(fixture.directory)""#)
                #expect(failure?.message.contains(expected) == true, "\(failure?.message ?? "no failure")")
                #expect(failure?.message.contains("nothing was created") == true)
            }
            let services = try await harness.client.listServices().collect()
            #expect(services.isEmpty)
        }
    }

    // MARK: .twiliodeployinfo

    @Test func deployInfoIsReadAndWrittenInTheToolkitsFormat() throws {
        let service = "ZS" + String(repeating: "a", count: 32)
        let build = "ZB" + String(repeating: "b", count: 32)
        let text = "{\n\t\"\(Self.account)\": {\n\t\t\"serviceSid\": \"\(service)\",\n\t\t\"latestBuild\": \"\(build)\"\n\t}\n}"
        var info = try ToolkitDeployInfo.parse(text).get()
        #expect(info.entry(account: Self.account, region: "us1")?.entry.serviceSid == service)
        #expect(info.entry(account: Self.account, region: "ie1")?.key == Self.account)
        #expect(info.text == text)
        info.record(account: Self.otherAccount, region: "ie1", service: service, build: build)
        info.record(account: Self.account, region: "us1", service: service, build: "ZB" + String(repeating: "c", count: 32))
        #expect(info.entries.map(\.key) == ["\(Self.otherAccount):ie1", "\(Self.account):us1"])
        #expect(try ToolkitDeployInfo.parse(info.text).get() == info)
        #expect(ToolkitDeployInfo().text == "{}")

        let invalid = [
            ("[]", "not a JSON object"),
            ("{\"a\": 1}", "entry 1:2 is not {\"serviceSid\": \"ZS…\", \"latestBuild\": \"ZB…\"}"),
            ("{\"a\": {\"serviceSid\": \"\(service)\", \"latestBuild\": \"\(build)\", \"x\": 1}}", "entry 1:2 is not"),
            ("{\"a\": {\"serviceSid\": \"ZSshort\", \"latestBuild\": \"\(build)\"}}", "entry 1:2 is not"),
            ("{\"a\": {serviceSid: 1}}", "not JSON (1:8: invalid character 's': expected a key in double quotes)"),
        ]
        for (text, reason) in invalid {
            guard case .failure(let error) = ToolkitDeployInfo.parse(text) else { Issue.record("accepted \(text)"); continue }
            #expect(error.reason.hasPrefix(reason), "\(text)")
        }
    }

    @Test func deployUsesTheServiceOfDeployInfoAndUpdatesIt() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(20), options: VerbOptions(assumeYes: true)) { harness in
            try await harness.run("""
                let svc = create service unique_name=toolkit-made friendly_name=toolkit-made
                create environment service=$svc unique_name=dev-environment domain_suffix=dev
                """)
            let service = try #require(harness.variable("svc")["sid"].stringText)
            let other = "{\"serviceSid\": \"ZS\(String(repeating: "e", count: 32))\", \"latestBuild\": \"ZB\(String(repeating: "f", count: 32))\"}"
            try fixture.write(".twiliodeployinfo", """
                {"\(Self.otherAccount):us1": \(other), "\(Self.account)": {"serviceSid": "\(service)", "latestBuild": "ZB\(String(repeating: "0", count: 32))"}}
                """)
            try await harness.run(#"let result = deploy "\#(fixture.directory)""#)
            let result = harness.variable("result")
            #expect(result["service_sid"] == .string(service))
            #expect(result["service"] == "toolkit-made")
            #expect(harness.stderr.text.contains("deploy plan: service toolkit-made, environment dev-environment (domain suffix dev)"))
            let written = try String(contentsOfFile: fixture.directory + "/.twiliodeployinfo", encoding: .utf8)
            let build = try #require(result["build_sid"].stringText)
            let expected = try ToolkitDeployInfo.parse("""
                {"\(Self.otherAccount):us1": \(other), "\(Self.account):us1": {"serviceSid": "\(service)", "latestBuild": "\(build)"}}
                """).get()
            #expect(written == expected.text)
            #expect(try await harness.client.listServices().collect().count == 1)

            harness.stderr.clear()
            try await harness.run(#"remove service toolkit-made"#)
            try await harness.run(#"let again = deploy "\#(fixture.directory)""#)
            #expect(harness.stderr.text.contains("warning: .twiliodeployinfo names service \(service), which no longer exists; deploying to service hello-project by name"))
            let again = harness.variable("again")
            #expect(again["service"] == "hello-project")
            let rewritten = try ToolkitDeployInfo.load(from: fixture.directory).get()
            #expect(rewritten.entry(account: Self.account, region: "us1")?.entry.serviceSid == again["service_sid"].stringText)
        }
    }

    @Test func anUnusableDeployInfoIsNamedAndLeftAsItIs() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try fixture.write(".twiliodeployinfo", "{ not json")
        try await ScriptHarness.run(buildTime: .milliseconds(20), options: VerbOptions(assumeYes: true)) { harness in
            try await harness.run(#"deploy "\#(fixture.directory)""#)
            #expect(harness.stderr.text.contains("warning: .twiliodeployinfo is not used: not JSON (1:3: invalid character 'n': expected a key in double quotes)"))
            #expect(harness.stderr.text.contains("warning: .twiliodeployinfo not updated, as it could not be read"))
            #expect(try String(contentsOfFile: fixture.directory + "/.twiliodeployinfo", encoding: .utf8) == "{ not json")
        }
    }

    @Test func aServiceSidThatDoesNotExistIsAnErrorUnlessItCameFromDeployInfo() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try fixture.write(".twilioserverlessrc", "{ serviceSid: 'ZS\(String(repeating: "9", count: 32))' }")
        try await ScriptHarness.run(buildTime: .milliseconds(20)) { harness in
            let failure = await harness.failure(#"deploy "\#(fixture.directory)""#)
            #expect(failure?.message.contains(".twilioserverlessrc:1:3 serviceSid: service ZS\(String(repeating: "9", count: 32)) does not exist") == true)
            let services = try await harness.client.listServices().collect()
            #expect(services.isEmpty)
        }
    }

    @Test func theRegionComesFromTheAPIHost() {
        #expect(ToolkitAccount.region(apiBaseURL: "https://serverless.twilio.com") == "us1")
        #expect(ToolkitAccount.region(apiBaseURL: "https://serverless.dublin.ie1.twilio.com") == "ie1")
        #expect(ToolkitAccount.region(apiBaseURL: "https://serverless.au1.twilio.com") == "au1")
        #expect(ToolkitAccount.region(apiBaseURL: "http://127.0.0.1:4010") == "us1")
        let key = ServerlessClient.Configuration(credentials: .apiKey("SK" + String(repeating: "1", count: 32), secret: "s"))
        #expect(ToolkitAccount(key).accountSid == nil)
        let keyWithAccount = ServerlessClient.Configuration(credentials: .apiKey("SK" + String(repeating: "1", count: 32), secret: "s", accountSid: Self.account))
        #expect(ToolkitAccount(keyWithAccount).accountSid == Self.account)
    }
}

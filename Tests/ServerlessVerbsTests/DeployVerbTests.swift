import BuildScript
import Foundation
import ServerlessClient
import ServerlessSandbox
import Testing

@testable import ServerlessVerbs

/// `deploy DIR` against a real sandbox: incremental uploads, checks before anything is created,
/// failed builds explained, dry runs, visibility from file names.
@Suite(.timeLimit(.minutes(2)))
struct DeployVerbTests {
    @Test func aSecondDeployOfAnUnchangedFolderUploadsNothing() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            try await harness.run(#"let first = deploy "\#(fixture.directory)""#)
            let first = harness.variable("first")
            #expect(first["status"] == "deployed")
            #expect(first["service"] == "hello-project")
            #expect(first["environment"] == "dev-environment")
            #expect(first["uploaded"] == 6)
            #expect(first["reused"] == 0)
            let service = try #require(first["service_sid"].stringText)
            #expect(try await DeployFixture.versionCount(harness.client, service: service) == 6)
            let uploads = harness.server.requestCount(method: "POST", pathContains: "/Versions")
            let builds = try await harness.client.listBuilds(service: service).collect().count

            try await harness.run(#"let second = deploy "\#(fixture.directory)""#)
            let second = harness.variable("second")
            #expect(second["status"] == "up to date")
            #expect(second["uploaded"] == 0)
            #expect(second["reused"] == 6)
            #expect(second["build_sid"] == first["build_sid"])
            #expect(second["deployment_sid"] == .null)
            #expect(try await DeployFixture.versionCount(harness.client, service: service) == 6)
            #expect(harness.server.requestCount(method: "POST", pathContains: "/Versions") == uploads)
            #expect(try await harness.client.listBuilds(service: service).collect().count == builds)
            #expect(harness.stderr.text.contains("up to date: dev-environment already runs \(first["build_sid"].stringText ?? "?")"))
        }
    }

    @Test func changingOneFileUploadsExactlyOneVersion() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            try await harness.run(#"let first = deploy "\#(fixture.directory)""#)
            let service = try #require(harness.variable("first")["service_sid"].stringText)
            try fixture.write("functions/hello.js", "exports.handler = (c, e, cb) => cb(null, 'changed');\n")
            harness.stderr.clear()
            try await harness.run(#"let second = deploy "\#(fixture.directory)""#)
            let second = harness.variable("second")
            #expect(second["status"] == "deployed")
            #expect(second["uploaded"] == 1)
            #expect(second["reused"] == 5)
            #expect(second["build_sid"] != harness.variable("first")["build_sid"])
            #expect(try await DeployFixture.versionCount(harness.client, service: service) == 7)
            #expect(try await harness.client.listFunctions(service: service).collect().count == 3)
            let plan = harness.stderr.text
            #expect(plan.contains("~ function  /hello"))
            #expect(plan.contains("changed"))
            #expect(plan.contains("= asset     /style.css"))
            #expect(plan.contains("build: new — 1 to upload, 5 reused"))
            // The environment runs the new build, which has the new version of /hello.
            let environment = try #require(await harness.client.listEnvironments(service: service).collect().first)
            #expect(environment.buildSid == second["build_sid"].stringText)
        }
    }

    @Test func aFailingCheckListsEveryProblemAndCreatesNothing() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try fixture.write(
            "package.json", #"{"name": "hello-project", "dependencies": {"twilio": "three", "ok": "^1.2.3"}, "engines": {"node": "12345"}}"#)
        try fixture.write("functions/hello private.js", "exports.handler = () => {};")
        try fixture.write("functions/hello-private.private.js", "exports.handler = () => {};")
        try fixture.write(".env", "GREETING=hi\nnot a variable\n")
        try await ScriptHarness.run { harness in
            let failure = try #require(await harness.failure(#"deploy "\#(fixture.directory)""#))
            #expect(failure.message.hasPrefix("deploy found 4 problems; nothing was created:\n"))
            #expect(failure.message.contains(#"package.json: dependency twilio: "three" is not a semver version or range"#))
            #expect(failure.message.contains("package.json: engines.node '12345' names no runtime Twilio accepts"))
            #expect(failure.message.contains("functions/hello-private.private.js: has the same path /hello-private as functions/hello private.js"))
            #expect(failure.message.contains(".env: line 2 is not KEY=value: not a variable"))
            #expect(!failure.message.contains("ok:"))
            #expect(harness.server.requestCount() == 0)
            try await harness.run(#"try { deploy "\#(fixture.directory)" } catch e { let problems = $e.details.problems }"#)
            #expect(harness.variable("problems").listValue?.count == 4)
            #expect(harness.variable("problems").item(0)["file"] == ".env")
        }
    }

    @Test func tooManyFunctionsAndABadRuntimeAreCheckedBeforeAnyRequest() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        for index in 0..<51 { try fixture.write("functions/many/f\(index).js", "exports.handler = () => {};") }
        try await ScriptHarness.run { harness in
            let failure = try #require(await harness.failure(#"deploy "\#(fixture.directory)" runtime=node99"#))
            #expect(failure.message.contains("functions/: 54 functions; a build holds at most 50 function versions"))
            #expect(failure.message.contains("runtime=: 'node99' is not a runtime Twilio accepts"))
            #expect(harness.server.requestCount() == 0)
        }
    }

    @Test func aFailedBuildSaysWhy() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try fixture.write("functions/broken.js", "")
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            let failure = try #require(await harness.failure(#"deploy "\#(fixture.directory)" service=broken"#))
            #expect(failure.message.hasPrefix("build ZB"))
            #expect(failure.message.hasSuffix("of service broken failed: Function /broken is empty"))
            // Nothing was deployed, and the uploads are remembered: fixing the file uploads one version.
            try await harness.run("let env = fetch environment dev service=broken")
            #expect(harness.variable("env")["build_sid"] == .null)
            try fixture.write("functions/broken.js", "exports.handler = (c, e, cb) => cb(null, 'fixed');")
            try await harness.run(#"let fixed = deploy "\#(fixture.directory)" service=broken"#)
            #expect(harness.variable("fixed")["uploaded"] == 1)
            #expect(harness.variable("fixed")["status"] == "deployed")
        }
    }

    @Test func aFailedBuildWithoutAReasonSaysWhatToCheck() {
        let error = DeployError.buildFailed(BuildFailure(build: "ZB1", service: "demo", runtime: "node22", reason: nil))
        #expect(error.description.hasPrefix("build ZB1 of service demo failed, and Twilio gave no reason. Check that every dependency version"))
        #expect(error.description.contains("supports node22"))
    }

    @Test func aDryRunPrintsThePlanAndCreatesNothing() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(dryRun: true) { harness in
            let printed = try await harness.run(#"deploy "\#(fixture.directory)""#)
            #expect(printed.isEmpty)
            let plan = harness.stderr.text
            #expect(plan.contains("deploy plan: service hello-project (new), environment dev-environment (new, domain suffix dev), runtime node22"))
            #expect(plan.contains("deploy settings:\n"))
            #expect(!FileManager.default.fileExists(atPath: fixture.directory + "/.twiliodeployinfo"))
            #expect(plan.contains("+ function  /api/status"))
            #expect(plan.contains("protected  new"))
            #expect(plan.contains("variables (.env): 1 new, 0 changed, 0 unchanged"))
            #expect(plan.contains("dry run: nothing was created"))
            #expect(harness.server.requestCount(method: "POST") == 0)
            #expect(!FileManager.default.fileExists(atPath: fixture.directory + "/.buildsh"))
        }
    }

    @Test func aDryRunAfterAChangeShowsChangedReusedAndRemoved() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            try await harness.run(#"deploy "\#(fixture.directory)""#)
            try fixture.write("assets/style.css", "body { color: red; }")
            try fixture.remove("functions/greeting.private.js")
            harness.stderr.clear()
            let posts = harness.server.requestCount(method: "POST")
            harness.interpreter.options.dryRun = true
            try await harness.run(#"deploy "\#(fixture.directory)""#)
            let plan = harness.stderr.text
            #expect(plan.contains("~ asset     /style.css"))
            #expect(plan.contains("= function  /hello"))
            #expect(plan.contains("- function  /greeting"))
            #expect(plan.contains("removed (not in the new build; the function is kept)"))
            #expect(harness.server.requestCount(method: "POST") == posts)
        }
    }

    @Test func visibilityAndPathsComeFromFileNames() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            try await harness.run(#"let result = deploy "\#(fixture.directory)""#)
            let result = harness.variable("result")
            let service = try #require(result["service_sid"].stringText)
            let build = try await harness.client.fetchBuild(service: service, build: result["build_sid"].stringText ?? "")
            let functions = Dictionary(uniqueKeysWithValues: (build.functionVersions ?? []).map { ($0.path ?? "", $0.visibility?.rawValue ?? "") })
            #expect(functions == ["/hello": "public", "/api/status": "protected", "/greeting": "private"])
            let assets = Dictionary(uniqueKeysWithValues: (build.assetVersions ?? []).map { ($0.path ?? "", $0.visibility?.rawValue ?? "") })
            #expect(assets == ["/style.css": "public", "/index.html": "public", "/config.json": "private"])
            #expect(build.dependencies == Dependencies(["@twilio/runtime-handler": "2.0.1", "twilio": "^5.3.0"]))
            #expect(build.runtime == "node22")
            let domain = try #require(result["domain_name"].stringText)
            #expect(result["functions"].item(0) == ["path": "/api/status", "visibility": "protected", "url": .string("https://\(domain)/api/status")])
            #expect(result["functions"].item(1)["url"] == .null)
            let variables = try await harness.run("list variables dev service=hello-project | select key, value")
            #expect(variables.contains("GREETING  Hello from buildsh"))
        }
    }

    @Test func aRecordedVersionIsReusedOnlyWhenTheServiceConfirmsIt() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            try await harness.run(#"let first = deploy "\#(fixture.directory)""#)
            // Point records at other files' versions: same digest, wrong path.
            var state = try DeployState.load(from: fixture.directory)
            let service = try #require(state.services.keys.first)
            let status = try #require(state.services[service]?.versions["function:/api/status"])
            let index = try #require(state.services[service]?.versions["asset:/index.html"])
            let hello = try #require(state.services[service]?.versions["function:/hello"])
            state.services[service]?.versions["function:/hello"]?.versionSid = status.versionSid
            state.services[service]?.versions["asset:/style.css"]?.versionSid = index.versionSid
            try state.save(to: fixture.directory)
            try await harness.run(#"let again = deploy "\#(fixture.directory)""#)
            // The asset is uploaded again; the function's live version is confirmed by its content.
            #expect(harness.variable("again")["uploaded"] == 1)
            #expect(harness.variable("again")["status"] == "deployed")
            let build = try await harness.client.fetchBuild(service: service, build: harness.variable("again")["build_sid"].stringText ?? "")
            #expect(build.functionVersions?.first { $0.path == "/hello" }?.sid == hello.versionSid)
            #expect(build.assetVersions?.first { $0.path == "/style.css" }?.sid != index.versionSid)
            #expect(try DeployState.load(from: fixture.directory).services[service]?.versions["function:/hello"] == hello)
        }
    }

    @Test func withoutAStateFileLiveFunctionsWithTheSameContentAreReused() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            try await harness.run(#"deploy "\#(fixture.directory)""#)
            try fixture.remove(".buildsh")
            try fixture.write("functions/hello.js", "exports.handler = (c, e, cb) => cb(null, 'other');\n")
            try await harness.run(#"let again = deploy "\#(fixture.directory)""#)
            // The two unchanged functions are confirmed by their content; /hello and the three
            // assets (no content endpoint) are uploaded.
            #expect(harness.variable("again")["reused"] == 2)
            #expect(harness.variable("again")["uploaded"] == 4)
            // The reused versions are recorded again: a third deploy uploads nothing.
            try await harness.run(#"let third = deploy "\#(fixture.directory)""#)
            #expect(harness.variable("third")["status"] == "up to date")
        }
    }

    @Test func anEnvironmentRunningAnotherBuildGetsTheEarlierDeploysBuildBack() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            try await harness.run(#"let first = deploy "\#(fixture.directory)""#)
            try await harness.run(
                """
                use service hello-project
                let fn = create function friendly_name=other
                let v = create function version $fn path=/other visibility=public content="exports.handler = () => {};"
                let other = await (create build functions=[$v])
                create deployment dev build=$other
                """)
            let builds = harness.server.requestCount(method: "POST", pathContains: "/Builds")
            try await harness.run(#"let again = deploy "\#(fixture.directory)""#)
            #expect(harness.variable("again")["status"] == "deployed")
            #expect(harness.variable("again")["build_sid"] == harness.variable("first")["build_sid"])
            #expect(harness.server.requestCount(method: "POST", pathContains: "/Builds") == builds)
        }
    }

    @Test func deployIsInHelpAndStaysInSafeMode() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            let help = try await harness.run("help deploy")
            #expect(help.contains("usage: deploy dir [service=STRING]"))
            #expect(help.contains("env_file="))
            #expect(harness.interpreter.completions(for: "depl").map(\.text).contains("deploy"))
            #expect(harness.interpreter.completions(for: "deploy . env").map(\.text).contains("env_file="))
            #expect(harness.interpreter.completions(for: "deploy . env").map(\.text).contains("environment="))
            // deploy deletes nothing, so safe mode keeps it.
            harness.interpreter.options.safeMode = true
            #expect(harness.interpreter.verb(named: "deploy") != nil)
            try await harness.run(#"let result = deploy "\#(fixture.directory)""#)
            #expect(harness.variable("result")["status"] == "deployed")
        }
    }

    @Test func anUploadThatFailsIsRetriedByTheNextDeployAndTheOthersAreKept() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            harness.server.faults.inject(SandboxFault(method: "POST", pathContains: "/Versions", status: 400, code: 20001))
            let failure = try #require(await harness.failure(#"deploy "\#(fixture.directory)""#))
            #expect(failure.code == 20001)
            let builds = harness.server.requestCount(method: "POST", pathContains: "/Builds")
            #expect(builds == 0)
            try await harness.run(#"let result = deploy "\#(fixture.directory)""#)
            #expect(harness.variable("result")["uploaded"] == 1)
            #expect(harness.variable("result")["reused"] == 5)
            #expect(harness.variable("result")["status"] == "deployed")
        }
    }
}

import BuildScript
import Foundation
import TestSupport
import Testing

@testable import ServerlessVerbs

/// What the session prints: formats switched at run time, streams written as they come, and help.
@Suite(.timeLimit(.minutes(2)))
struct OutputAndHelpTests {
    @Test func jsonOfAListingParsesAndNdjsonStreamsOneRecordPerLine() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo; create build functions=[$v1]; create build functions=[$v1]")
            harness.session.outputFormat = .json
            let json = try await harness.run("list builds")
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
            #expect(parsed?.count == 2)
            #expect(parsed?.first?["status"] as? String == "completed")
            #expect((parsed?.first?["function_versions"] as? [[String: Any]])?.first?["path"] as? String == "/hello")
            harness.session.outputFormat = .ndjson
            let lines = try await harness.run("list builds").split(separator: "\n")
            #expect(lines.count == 2)
            #expect(try lines.allSatisfy { try JSONSerialization.jsonObject(with: Data($0.utf8)) is [String: Any] })
            harness.session.outputFormat = .tsv
            let tsv = try await harness.run("list builds")
            #expect(tsv.hasPrefix("sid\tstatus\tdate_created\nZB"))
        }
    }

    @Test(arguments: [OutputFormat.json, .ndjson, .tsv, .table])
    func printWritesTextInEveryFormatWhileValuesFollowTheFormat(format: OutputFormat) async throws {
        try await ScriptHarness.run { harness in
            harness.session.outputFormat = format
            let text = try await harness.run(#"print "x" 42; "y""#)
            #expect(text == (format == .json || format == .ndjson ? "x 42\n\"y\"\n" : "x 42\ny\n"))
        }
    }

    @Test func aRecordPrintsAsAnAlignedBlock() async throws {
        try await ScriptHarness.run { harness in
            let text = try await harness.run(#"create service unique_name=demo friendly_name="Demo service""#)
            #expect(text.hasPrefix("sid                  ZS"))
            #expect(text.contains("\nunique_name          demo\nfriendly_name        Demo service\n") || text.contains("friendly_name        Demo service"))
            #expect(!text.contains("url "))
        }
    }

    @Test func helpIsGeneratedFromTheTablesThatCheckArguments() async throws {
        try await ScriptHarness.run { harness in
            let overview = try await harness.run("help")
            #expect(overview.contains("await"))
            #expect(overview.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("build, build status"))
            // Only what works: `delete` lists no noun the API cannot delete.
            let deleteLine = overview.split(separator: "\n").first { $0.hasPrefix("  delete ") }
            #expect(deleteLine?.contains("deployment") == false && deleteLine?.contains("log") == false)
            #expect(overview.contains("Build operations (help VERB NOUN for one):"))
            #expect(overview.contains("Workflows (help VERB NOUN for one):\n  await "))
            let createBuild = try await harness.run("help create build")
            #expect(createBuild.contains("usage: create build [service] [functions=[ZN…, ...]] [assets=[ZN…, ...]]"))
            #expect(createBuild.contains("dependencies"))
            #expect(createBuild.contains("example: let b2 = create build functions=[$v1]"))
            let unknown = await harness.failure("create build functoins=[]")
            #expect(unknown?.message.contains("functoins") == true)
        }
    }

    @Test func helpColumnsFitTheLongestParameterName() async throws {
        try await ScriptHarness.run { harness in
            let text = try await harness.run("help create service")
            #expect(text.contains("  include_credentials  BOOL"))
            #expect(text.contains("  unique_name          STRING (required)"))
        }
    }

    @Test func helpAlignsTheTypeColumnAndListsAliasesBesideTheirParameter() async throws {
        try await ScriptHarness.run { harness in
            let text = try await harness.run("help create build")
            #expect(text.hasPrefix("usage: create build [service] [functions=[ZN…, ...]] [assets=[ZN…, ...]] [dependencies={name: version, ...}] [runtime=STRING]\n"))
            #expect(text.contains("\n  functions       [ZN…, ...]            The list of the Function Version"))
            #expect(text.contains("\n  service         SID|RECORD            The service the build belongs to: SID, record or name (default: `use service`)."))
            #expect(text.contains("Also function_versions=."))
            #expect(!text.contains("\n  function_versions"))
            let service = try await harness.run("help create service")
            #expect(service.contains("\n  include_credentials  BOOL               Whether"))
        }
    }

    @Test func aSIDOfTheWrongKindIsRefusedAtTheArgumentBeforeAnythingIsSent() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo")
            let before = harness.server.requestCount(method: "POST", pathContains: "/Builds")
            let wrong = await harness.failure(#"create build functions=["ZB00000000000000000000000000000000"]"#)
            #expect(wrong?.message.hasPrefix("'functions' must be a list of ZN… SIDs or records with one") == true)
            let record = await harness.failure("create deployment environment=nowhere build=$v1")
            #expect(record?.message.hasPrefix("'build' must be a ZB… SID or a record with one") == true)
            #expect(harness.server.requestCount(method: "POST", pathContains: "/Builds") == before)
        }
    }

    /// `dependencies=` takes a record, a list or JSON text; anything else is refused by the resolver,
    /// with the usage line, before anything is sent.
    @Test func dependenciesOfTheWrongShapeAreRefusedAtTheArgument() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo")
            let before = harness.server.requestCount(method: "POST", pathContains: "/Builds")
            let failure = await harness.failure("create build functions=[$v1] dependencies=5")
            #expect(failure?.message.hasPrefix("'dependencies' must be a record, a list or JSON text, not number 5") == true)
            #expect(harness.server.requestCount(method: "POST", pathContains: "/Builds") == before)
            let json = try await harness.run(#"create build functions=[$v1] dependencies="[{\"name\":\"twilio\",\"version\":\"5.3.0\"}]" | select dependencies"#)
            #expect(json.contains("twilio"))
        }
    }

    @Test func anAliasAndItsParameterAreOneArgument() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo")
            let built = try await harness.run("create build function_versions=[$v1]")
            #expect(built.contains("ZB"))
            let twice = await harness.failure("create build function_versions=[$v1] functions=[$v1]")
            #expect(twice?.message == "parameter 'functions' given twice")
        }
    }

    @Test(arguments: [
        ("help create biuld", "no help for 'create biuld': create takes service, function, function version, asset, asset version, build, environment, deployment, variable (did you mean 'build'?)"),
        ("help craete", "no help for 'craete' (did you mean 'create'?)"),
        ("help builds", "'builds' is a noun: help list builds (also fetch, create, delete, explain)"),
        ("help nothing", "no help for 'nothing'"),
    ])
    func helpForSomethingUnknownSaysWhatIsClosest(command: String, message: String) async throws {
        try await ScriptHarness.run { harness in
            #expect(await harness.failure(command)?.message == message)
        }
    }

    @Test func safeModeHelpListsNoDelete() async throws {
        try await ScriptHarness.run { harness in
            harness.interpreter.options.safeMode = true
            let overview = try await harness.run("help")
            #expect(!overview.contains("delete"))
            #expect(await harness.failure("help delete deployment") != nil)
            let refused = await harness.failure("delete deployment ZD00000000000000000000000000000000")
            #expect(refused?.message.contains("not available in safe mode") == true)
        }
    }
}

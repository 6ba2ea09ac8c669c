import BuildScript
import Foundation
import ServerlessClient
import Testing

@testable import ServerlessVerbs

/// Environments named and found the serverless-toolkit's way, by every verb: a service the toolkit
/// made (`dev-environment`, suffix `dev`) takes `deploy … environment=dev` and `promote`; what
/// buildsh creates is what the toolkit would find.
@Suite(.timeLimit(.minutes(2)))
struct ToolkitEnvironmentTests {
    private static func environment(_ sid: String, unique: String, suffix: String?) -> Environment {
        let fields: [String: Any] = ["sid": sid, "unique_name": unique, "domain_suffix": suffix ?? NSNull()]
        let data = try! JSONSerialization.data(withJSONObject: fields)
        return try! JSONDecoder().decode(Environment.self, from: data)
    }

    @Test func aNameFindsByDomainSuffixFirstThenUniqueName() {
        let environments = [
            Self.environment("ZE01", unique: "stage", suffix: "s"),
            Self.environment("ZE02", unique: "old-prod", suffix: "stage"),
            Self.environment("ZE03", unique: "dev-environment", suffix: "dev"),
            Self.environment("ZE04", unique: "production", suffix: nil),
        ]
        #expect(EnvironmentName("stage").find(in: environments)?.sid == "ZE02")
        #expect(EnvironmentName("s").find(in: environments)?.sid == "ZE01")
        #expect(EnvironmentName("dev").find(in: environments)?.sid == "ZE03")
        #expect(EnvironmentName("dev-environment").find(in: environments)?.sid == "ZE03")
        #expect(EnvironmentName("production").find(in: environments)?.sid == "ZE04")
        #expect(EnvironmentName("old-prod").find(in: environments)?.sid == "ZE02")
        #expect(EnvironmentName("nothing").find(in: environments) == nil)
        let twins = [Self.environment("ZE05", unique: "first", suffix: "qa"), Self.environment("ZE06", unique: "qa-environment", suffix: "qa")]
        #expect(EnvironmentName("qa").find(in: twins)?.sid == "ZE06")
        let bare = [Self.environment("ZE07", unique: "live", suffix: "")]
        #expect(EnvironmentName.production.find(in: bare)?.sid == "ZE07")
    }

    @Test func newEnvironmentsAreNamedAsTheToolkitNamesThem() {
        let stage = try? ToolkitEnvironmentNaming.forNew(.named("stage")).get()
        #expect(stage == ToolkitEnvironmentNaming(uniqueName: "stage-environment", domainSuffix: "stage"))
        #expect(stage?.friendlyName == "stage-environment Environment (Created by CLI)")
        let dev = try? ToolkitEnvironmentNaming.forNew(.named("dev-environment")).get()
        #expect(dev == ToolkitEnvironmentNaming(uniqueName: "dev-environment", domainSuffix: "dev"))
        let production = try? ToolkitEnvironmentNaming.forNew(EnvironmentName("production")).get()
        #expect(production == ToolkitEnvironmentNaming(uniqueName: "production", domainSuffix: nil))
        for bad in ["Stage", "my env", "a_b", String(repeating: "x", count: 17), "-environment"] {
            guard case .failure(let problem) = ToolkitEnvironmentNaming.forNew(.named(bad)) else {
                Issue.record("\(bad) was accepted")
                continue
            }
            #expect(problem.description.contains("a new environment is named by its domain suffix"))
        }
    }

    @Test func deployIntoAToolkitServiceUsesItsEnvironmentBySuffix() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(20)) { harness in
            try await harness.run("""
                let svc = create service unique_name=hello-project friendly_name=hello-project
                let dev = create environment service=$svc unique_name=dev-environment domain_suffix=dev
                """)
            try await harness.run(#"let result = deploy "\#(fixture.directory)" environment=dev"#)
            let result = harness.variable("result")
            #expect(result["environment"] == "dev-environment")
            #expect(result["environment_sid"] == harness.variable("dev")["sid"])
            #expect(harness.stderr.text.contains("environment dev-environment (domain suffix dev), runtime"))
            let service = try #require(result["service_sid"].stringText)
            #expect(try await harness.client.listEnvironments(service: service).collect().count == 1)
            harness.stderr.clear()
            try await harness.run("use service hello-project; use environment dev")
            let used = try await harness.run("use")
            #expect(used.contains("dev-environment"))
            #expect(try await harness.run("list variables environment=dev | count") == "1\n")
            try await harness.run("tail logs environment=dev since=1h for=0.1s")
            #expect(try await harness.run("list builds | count") == "1\n")
        }
    }

    @Test func deployCreatesTheToolkitsNamesAndProductionHasNoSuffix() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(20)) { harness in
            try await harness.run(#"let dev = deploy "\#(fixture.directory)""#)
            #expect(harness.stderr.text.contains("environment dev-environment (new, domain suffix dev)"))
            try await harness.run(#"let prod = deploy "\#(fixture.directory)" production=true"#)
            #expect(harness.stderr.text.contains("environment production (new, no domain suffix)"))
            let service = try #require(harness.variable("dev")["service_sid"].stringText)
            let environments = try await harness.client.listEnvironments(service: service).collect()
            #expect(Set(environments.map { "\($0.uniqueName ?? "?")/\($0.domainSuffix ?? "-")" }) == ["dev-environment/dev", "production/-"])
            let domains = Set(environments.compactMap(\.domainName))
            #expect(domains.count == 2)
            let bad = await harness.failure(#"deploy "\#(fixture.directory)" environment="My Env""#)
            #expect(bad?.message.contains("environment=: cannot create an environment named 'My Env'") == true)
            let both = await harness.failure(#"deploy "\#(fixture.directory)" environment=dev production=true"#)
            #expect(both?.message.contains("production=true and environment= both name the environment") == true)
        }
    }

    @Test func promoteGivesEachTargetItsOwnSuffix() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await PromoteTests.makeDev(harness)
            harness.session.outputFormat = .json
            try await harness.run("promote from=dev to=stage create=true")
            try await harness.run("promote from=stage to=prod create=true")
            try await harness.run("promote from=dev production=true create=true")
            let service = harness.variable("svc")["sid"].description
            let environments = try await harness.client.listEnvironments(service: service).collect()
            let names = Set(environments.map { "\($0.uniqueName ?? "?")/\($0.domainSuffix ?? "-")" })
            #expect(names == ["dev/dev", "stage-environment/stage", "prod-environment/prod", "production/-"])
            #expect(Set(environments.compactMap(\.domainName)).count == 4)
            #expect(harness.stderr.text.contains("created environment stage-environment (domain suffix stage) in service demo"))
            #expect(harness.stderr.text.contains("created environment production (no domain suffix) in service demo"))
            let live = try await harness.run("promote from=stage to=production")
            #expect(live.contains("already live"))
            let clash = await harness.failure("promote from=dev to=stage production=true")
            #expect(clash?.message == "production=true and to= both name the target environment; pass one")
            let none = await harness.failure("promote from=dev")
            #expect(none?.message == "promote needs from=ENVIRONMENT and to=ENVIRONMENT (or production=true)")
            let bad = await harness.failure("promote from=dev to=Bad_Name create=true")
            #expect(bad?.message.hasPrefix("cannot create an environment named 'Bad_Name'") == true)
        }
    }

    @Test func promoteCopiesVariablesOnlyWhenAskedAndOtherwiseSaysWhatTheTargetLacks() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await PromoteTests.makeDev(harness)
            try await harness.run("""
                create variable environment=dev key=LEVEL value=2
                create variable environment=dev key=GREETING value=secret-hello
                """)
            // Keys are named sorted, not in the order they were made (the toolkit makes them concurrently).
            try await harness.run("promote from=dev to=stage create=true")
            #expect(harness.stderr.text.contains(
                "note: stage-environment has no variables (dev has 2: GREETING, LEVEL); variables are not promoted: pass copy_variables=true to copy them"))
            try await harness.run("create variable environment=stage key=LEVEL value=1")
            harness.stderr.clear()
            harness.interpreter.options.dryRun = true
            try await harness.run("promote from=dev to=stage copy_variables=true")
            harness.interpreter.options.dryRun = false
            #expect(harness.stderr.text.contains("dry run: would copy 2 variables from dev to stage-environment (1 new, 1 changed, 0 already equal)"))
            #expect(try await harness.run("list variables environment=stage | count") == "1\n")
            harness.session.outputFormat = .json
            let printed = try await harness.run("promote from=dev to=stage copy_variables=true")
            #expect(printed.contains(#""variables_copied": 2"#) || printed.contains(#""variables_copied":2"#))
            let copied = try await harness.run(#"list variables environment=stage | select key, value"#)
            #expect(copied.contains("secret-hello"))
            #expect(!harness.stderr.text.contains("secret-hello"))
            harness.stderr.clear()
            try await harness.run("promote from=dev to=stage")
            #expect(!harness.stderr.text.contains("note:"))
        }
    }
}

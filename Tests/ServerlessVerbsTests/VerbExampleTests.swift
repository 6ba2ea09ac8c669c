import BuildScript
import Foundation
import Testing

@testable import ServerlessVerbs

/// Every verb lives in one file registered in ``ServerlessVerbs/definitions``, every registered verb
/// shows an example, and every example runs as written against the sandbox, in the world
/// docs/architecture.md describes ("Add a verb").
@Suite struct VerbExampleTests {
    /// The world every example runs in: service `demo` in use, with a function `$hello` (version
    /// `$v1`), an asset `$logo` (version `$a1`), a completed build `$b` deployed to environment
    /// `production` (`$prod`, deployment `$d`), a variable `$var` and a log line `$line`; the working
    /// folder holds `hello.js`, `logo.svg` and a toolkit project `project/`.
    static let world = """
        let svc = create service unique_name=demo friendly_name="Demo"
        use service demo
        let hello = create function friendly_name=hello
        let v1 = create function version $hello path=/hello visibility=public content=@hello.js
        let logo = create asset friendly_name=logo
        let a1 = create asset version $logo path=/logo.svg visibility=public content=@logo.svg
        let b = await (create build functions=[$v1] assets=[$a1] dependencies={twilio: "5.3.0"} runtime=node22)
        let prod = create environment unique_name=production domain_suffix=prod
        let d = create deployment production build=$b
        let var = create variable key=GREETING value=hello environment=production
        let line = (list logs production | first 1)[0]
        """

    /// One example with the verb file it comes from, for the test's name.
    struct Case: CustomTestStringConvertible, Sendable {
        let definition: String
        let code: String
        var testDescription: String { "\(definition): \(code)" }
    }

    static let cases: [Case] = ServerlessVerbs.definitions.flatMap { definition in
        definition.examples.map { Case(definition: "\(definition)", code: $0.code) }
    }

    @Test(arguments: cases) func runsAgainstTheSandbox(_ example: Case) async throws {
        let folder = try Self.makeWorkingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await ScriptHarness.run(buildTime: .zero) { harness in
            harness.interpreter.options.workingDirectory = folder.path
            try await harness.run(Self.world)
            do {
                try await harness.run(example.code)
            } catch let failure as ScriptFailure {
                Issue.record("\(example.definition)'s example `\(example.code)` failed: \(failure.message)")
            }
        }
    }

    @Test func everyVerbFileIsRegistered() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/ServerlessVerbs/Verbs").standardizedFileURL
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("Verb.swift") }.map { String($0.dropLast(".swift".count)) }
        let registered = ServerlessVerbs.definitions.map { "\($0)" }
        #expect(!files.isEmpty)
        #expect(Set(files) == Set(registered), "every Sources/ServerlessVerbs/Verbs/*Verb.swift is listed in ServerlessVerbs.definitions")
        #expect(registered.count == Set(registered).count)
    }

    @Test func everyVerbShowsAnExampleOfItsOwn() async throws {
        try await ScriptHarness.run { harness in
            for verb in ServerlessVerbs.verbs(session: harness.session) where !verb.summary.hasPrefix("Not offered by") {
                let example = try #require(verb.example, "\(verb.qualifiedName) has no example")
                #expect(example.contains(verb.name), "\(verb.qualifiedName)'s example `\(example)` does not use it")
            }
        }
    }

    /// An example belongs to the longest noun spelled after the verb's word (`create function version`,
    /// not `create function`), singular or plural, also inside parentheses; lines are trimmed.
    @Test func examplesBelongToTheLongestNounAfterTheirVerb() {
        let examples = VerbExample.lines("""
              let v2 = create function version $hello path=/x\t
            \tdelete build (create build functions=[$v1])
            list builds
            fetch service demo
            """)
        #expect(examples.first?.code == "let v2 = create function version $hello path=/x")
        #expect(examples[0].noun(of: "create") == .functionVersion)
        #expect(examples[1].code == "delete build (create build functions=[$v1])")
        #expect(examples[1].noun(of: "delete") == .build)
        #expect(examples[1].noun(of: "create") == .build)
        #expect(examples[2].noun(of: "list") == .build)
        #expect(examples[3].noun(of: "fetch") == .service)
        #expect(examples[3].noun(of: "delete") == nil)
        #expect(examples.firstByNoun("create") == [.functionVersion: examples[0].code, .build: examples[1].code])
    }

    /// docs/architecture.md's recipes name files and generator tables that exist.
    @Test func theRecipesNameWhatExists() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL
        let architecture = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        let recipes = try #require(architecture.components(separatedBy: "## Adding a noun or a verb").last)
        let quoted = recipes.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        var files: [String] = []
        for directory in ["Sources", "Tests", "scripts"] {
            let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(directory).path)
            while let path = walker?.nextObject() as? String { files.append("\(directory)/\(path)") }
        }
        let generators = try ["generate-nouns", "generate-store-rows"].map {
            try String(contentsOf: root.appendingPathComponent("scripts/\($0)"), encoding: .utf8)
        }.joined()
        var checked = 0
        for name in quoted where !name.contains("<") && !name.contains(" ") && !name.contains("*") {
            if name.hasSuffix(".swift") || name.hasPrefix("scripts/") || (name.hasSuffix("/") && name.dropLast().contains("/")) {
                let trimmed = name.hasSuffix("/") ? String(name.dropLast()) : name
                #expect(files.contains { $0 == trimmed || $0.hasSuffix("/" + trimmed) }, "docs/architecture.md names `\(name)`, which does not exist")
                checked += 1
            } else if name.allSatisfy({ $0.isUppercase || $0 == "_" }) {
                #expect(generators.contains("\(name) = "), "docs/architecture.md names the generator table `\(name)`, which does not exist")
                checked += 1
            }
        }
        #expect(checked >= 20)

        // The walk-through and the recipes name types and members that exist (`PromoteVerb.Request`
        // once outlived the struct): a backticked `Type` is declared in Sources/ or Tests/, and a
        // `Type.member` (or `Type.member(…)`) is declared in a file that declares or extends `Type`.
        let walkThrough = try #require(architecture.components(separatedBy: "## One command, end to end").last?
            .components(separatedBy: "\n## ").first)
        let declarations = try files.filter { ($0.hasPrefix("Sources/") || $0.hasPrefix("Tests/")) && $0.hasSuffix(".swift") }.map {
            Declarations(try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8))
        }
        let symbols = (walkThrough + recipes).split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        let symbol = /([A-Z][A-Za-z0-9]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?(?:\([^)]*\))?/
        var named = 0
        for name in symbols where !name.hasSuffix(".swift") && !["Bool", "String", "Int", "Double"].contains(name) {
            guard let match = name.wholeMatch(of: symbol) else { continue }
            named += 1
            let type = String(match.1)
            #expect(declarations.contains { $0.types.contains(type) }, "docs/architecture.md names the type `\(name)`, which is not declared")
            if let member = match.2.map(String.init) {
                let homes = declarations.filter { $0.types.contains(type) || $0.extended.contains(type) }
                #expect(homes.contains { $0.members.contains(member) }, "docs/architecture.md names `\(name)`, but `\(type)` declares no `\(member)`")
            }
        }
        #expect(named >= 60)
    }

    /// What one Swift file declares, read word by word (generous: a declaration keyword in a comment
    /// counts too, so a name is only missed when nothing resembles its declaration).
    struct Declarations {
        /// The types it declares (`struct`, `enum`, `class`, `protocol`, `actor`, `typealias`).
        var types: Set<String> = []
        /// The types it extends.
        var extended: Set<String> = []
        /// The names it declares (`func`, `var`, `let`, nested types, and every word of a `case` line).
        var members: Set<String> = []

        init(_ text: String) {
            for line in text.split(separator: "\n") {
                let words = line.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
                for (index, word) in words.enumerated().dropLast() {
                    switch word {
                    case "struct", "enum", "class", "protocol", "actor", "typealias":
                        types.insert(words[index + 1])
                        members.insert(words[index + 1])
                    case "extension": extended.insert(words[index + 1])
                    case "func", "var", "let": members.insert(words[index + 1])
                    case "case": members.formUnion(words[(index + 1)...])
                    default: break
                    }
                }
            }
        }
    }

    /// A folder with the files the examples name.
    static func makeWorkingFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verb-examples-\(UUID().uuidString)")
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/examples")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: examples.appendingPathComponent("hello.js"), to: folder.appendingPathComponent("hello.js"))
        try FileManager.default.copyItem(at: examples.appendingPathComponent("project"), to: folder.appendingPathComponent("project"))
        try Data(#"<svg xmlns="http://www.w3.org/2000/svg"/>"#.utf8).write(to: folder.appendingPathComponent("logo.svg"))
        return folder
    }
}

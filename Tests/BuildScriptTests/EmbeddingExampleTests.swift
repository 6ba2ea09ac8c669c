// The host program from docs/embedding.md, compiled and run by `swift test`.
// Keep the two in sync: the block between the markers is copied verbatim into the document.

// BEGIN EMBEDDING EXAMPLE
import BuildScript
import Foundation
import Synchronization

/// A host that prints values as text and errors with carets; it confirms destructive loops.
struct PrintingHost: InterpreterHost {
    let lines: @Sendable (String) -> Void

    func output(_ value: Value, from range: SourceRange) async throws {
        if case .stream(let stream) = value {
            var iterator = stream.makeIterator()
            while let item = try await iterator.next() { lines(item.description) }
        } else {
            lines(value.description)
        }
    }

    func confirm(_ request: ConfirmationRequest) async -> Bool {
        lines("\(request.question) [y/N] y")
        return true
    }

    func progress(_ event: ProgressEvent) async {
        if case .finished(_, let summary) = event {
            lines("done: \(summary.succeeded) ok, \(summary.failed) failed")
        }
    }
}

/// A tiny key-value store exposed as `set key`, `get key`, `list keys` and `delete key`.
final class KeyStore: Sendable {
    private let storage = Mutex<[String: Value]>([:])

    var verbs: [Verb] {
        let key = Noun("key")
        return [
            Verb("set", noun: key, summary: "Store a value under a name.",
                 parameters: [.positional("name", .string, doc: "the key"), .named("value", required: true, doc: "what to store")],
                 example: "set key greeting value=hello") { args, _ in
                let name = args.string("name") ?? ""
                self.storage.withLock { $0[name] = args["value"] }
                return ["name": .string(name), "value": args["value"] ?? .null]
            },
            Verb("get", noun: key, summary: "Read a value.", parameters: [.positional("name", .string)]) { args, _ in
                let name = args.string("name") ?? ""
                guard let value = self.storage.withLock({ $0[name] }) else {
                    throw VerbError("no key named '\(name)'", code: 404)
                }
                return value
            },
            Verb("list", noun: key, summary: "All key names, lazily.") { _, _ in
                let names = self.storage.withLock { $0.keys.sorted() }
                return .stream(ValueStream(count: names.count) {
                    var iterator = names.makeIterator()
                    return ValueIterator { iterator.next().map { ["name": .string($0)] } }
                })
            },
            Verb("delete", noun: key, summary: "Remove a key.", parameters: [.positional("name", .reference)],
                 isDestructive: true) { args, context in
                let name = args.string("name") ?? args["name"]?["name"].stringValue ?? ""
                if context.isDryRun { return .string("would delete \(name)") }
                self.storage.withLock { $0[name] = nil }
                return .null
            },
        ]
    }
}

/// Runs a script against the store and returns what it printed.
func runKeyStoreDemo(_ script: String) async -> [String] {
    let printed = Mutex<[String]>([])
    let host = PrintingHost { line in printed.withLock { $0.append(line) } }
    let interpreter = Interpreter(host: host, options: InterpreterOptions(safeMode: false))
    interpreter.register(KeyStore().verbs)
    interpreter.setVariable("owner", to: "docs")

    let outcome = await interpreter.evaluate(script, file: "demo.bsh")
    if let problem = DiagnosticRenderer(interpreter: interpreter).render(outcome) {
        printed.withLock { $0.append(problem) }
    }
    if case .exit(let code) = outcome { printed.withLock { $0.append("exit \(code)") } }
    return printed.withLock { $0 }
}
// END EMBEDDING EXAMPLE

import Testing

@Suite("Embedding example")
struct EmbeddingExampleTests {
    @Test("the documented host program runs a script")
    func documentedProgramRuns() async {
        let lines = await runKeyStoreDemo("""
            set key a value=1
            set key b value=$owner
            foreach k in list keys parallel 2 { delete key $k }
            list keys | count
            get key a
            """)
        #expect(lines == [
            "{name: \"a\", value: 1}",
            "{name: \"b\", value: \"docs\"}",
            "Delete up to 2 keys? [y/N] y",
            "done: 2 ok, 0 failed",
            "0",
            "demo.bsh:5:1: error 404: no key named 'a'\nget key a\n^~~~~~~~~\n",
        ])
    }
}

import BuildScript
import Foundation
import Synchronization

/// Fake resource verbs in the shape of the real ones (no network): an in-memory store of services
/// and builds, a paged `list builds` stream that counts what it produced, and a destructive
/// `delete build` that honours dry run.
final class FakeStore: Sendable {
    private let builds = Mutex<[Value]>([])
    private let pulled = Atomic<Int>(0)
    private let counter = Atomic<Int>(0)

    /// How many builds `list builds` streams have produced so far.
    var pulledCount: Int { pulled.load(ordering: .relaxed) }

    init(buildCount: Int = 0) {
        for i in 0..<buildCount { builds.withLock { $0.append(Self.build(index: i)) } }
    }

    static func build(index: Int) -> Value {
        let sid = "ZB" + String(format: "%032d", index)
        let status = index % 3 == 0 ? "failed" : "completed"
        let day = 1 + index % 28
        let json = """
            {"sid": "\(sid)", "status": "\(status)", "runtime": "node22", \
            "date_created": "2026-11-\(String(format: "%02d", day))T01:00:00Z", "asset_versions": [], "function_versions": []}
            """
        return (try? Value(json: json)) ?? .null
    }

    var verbs: [Verb] {
        [
            Verb(
                "create", noun: Noun("build"), summary: "Create a build.",
                parameters: [
                    .named("functions", .list, doc: "function versions"),
                    .named("dependencies", .record, doc: "npm dependencies"),
                    .named("runtime", .oneOf(["node18", "node20", "node22"]), required: true, doc: "the Node.js runtime", example: "node22"),
                ],
                example: "create build runtime=node22"
            ) { arguments, _ in
                let index = self.counter.add(1, ordering: .relaxed).newValue + 1000
                var build = Self.build(index: index)
                if case .record(var fields) = build {
                    fields["status"] = "building"
                    fields["runtime"] = arguments["runtime"] ?? .null
                    fields["function_versions"] = arguments["functions"] ?? .list([])
                    build = .record(fields)
                }
                self.builds.withLock { $0.append(build) }
                return build
            },
            Verb(
                "create", noun: Noun("service"), summary: "Create a service.",
                parameters: [.named("unique_name", .string, required: true), .named("friendly_name", .string)]
            ) { arguments, _ in
                ["sid": "ZS1", "unique_name": arguments["unique_name"] ?? .null, "friendly_name": arguments["friendly_name"] ?? .null]
            },
            Verb(
                "create", noun: Noun("function version"), summary: "Create a function version.",
                parameters: [.positional("function", .reference), .named("path", .string, required: true), .named("content", .string)]
            ) { arguments, _ in
                ["sid": "ZN1", "path": arguments["path"] ?? .null, "function": arguments["function"] ?? .null]
            },
            Verb("list", noun: Noun("build"), summary: "List builds, page by page.", parameters: [.named("page_size", .integer)]) {
                arguments, _ in
                let all = self.builds.withLock { $0 }
                let pageSize = arguments.integer("page_size") ?? 50
                return .stream(
                    ValueStream(count: nil) {
                        var index = 0
                        var page: [Value] = []
                        return ValueIterator {
                            if page.isEmpty {
                                guard index < all.count else { return nil }
                                page = Array(all[index..<min(all.count, index + pageSize)])
                                index += page.count
                                self.pulled.add(page.count, ordering: .relaxed)
                            }
                            return page.removeFirst()
                        }
                    })
            },
            Verb("fetch", noun: Noun("build"), summary: "Fetch a build.", parameters: [.positional("build", .reference)]) {
                arguments, _ in
                let sid = Self.sid(of: arguments["build"])
                guard let build = self.builds.withLock({ $0.first { $0["sid"].stringValue == sid } }) else {
                    throw VerbError("The requested resource /Builds/\(sid) was not found", code: 20404)
                }
                return build
            },
            Verb(
                "delete", noun: Noun("build"), summary: "Delete a build.", parameters: [.positional("build", .reference)],
                isDestructive: true
            ) { arguments, context in
                let sid = Self.sid(of: arguments["build"])
                if context.isDryRun { return .string("would delete \(sid)") }
                let removed = self.builds.withLock { builds in
                    let before = builds.count
                    builds.removeAll { $0["sid"].stringValue == sid }
                    return before != builds.count
                }
                guard removed else { throw VerbError("The requested resource /Builds/\(sid) was not found", code: 20404) }
                return .null
            },
            Verb("count", noun: Noun("build"), summary: "How many builds the store holds.") { _, _ in
                .number(Double(self.builds.withLock { $0.count }))
            },
            Verb("pulled", summary: "How many builds listings have produced so far.") { _, _ in
                .number(Double(self.pulledCount))
            },
            Verb("use", summary: "Set the current service.", parameters: [.positional("service", .string)]) { arguments, context in
                try await context.emit(.string("using \(arguments.string("service") ?? "")"))
                return .null
            },
        ]
    }

    static func sid(of value: Value?) -> String {
        switch value {
        case .record(let fields)?: return fields["sid"]?.stringValue ?? ""
        case .string(let s)?: return s
        default: return ""
        }
    }
}

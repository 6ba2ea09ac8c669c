import BuildScript
import ServerlessClient

/// One verb of the Serverless verbs, written in one file (nushell's shape): its declaration, typed
/// access to its arguments, its body and its examples. ``ServerlessVerbs/definitions`` lists every
/// one; `help` shows the examples and `VerbExampleTests` runs each of them against the sandbox, so
/// an example that stops working is a failing test.
protocol VerbDefinition: SendableMetatype {
    /// The verbs this file registers: one for a workflow, one per noun for a resource verb.
    static func verbs(session: VerbSession) -> [Verb]
    /// The examples, in the order `help` shows them.
    static var examples: [VerbExample] { get }
}

/// A definition of one verb: name, summary, parameters (``TypedParameter`` declarations) and body.
protocol SingleVerbDefinition: VerbDefinition {
    /// The command name (`promote`).
    static var name: String { get }
    /// The noun, for a verb spelled with one (`remove service`).
    static var noun: Noun? { get }
    /// One line for `help`.
    static var summary: String { get }
    /// The parameters, in `help`'s order.
    static var parameters: [Parameter] { get }
    /// Whether it destroys data (hidden in safe mode, confirmed before loops).
    static var isDestructive: Bool { get }
    /// Whether it may change the account (its Tab listings are dropped after it); destructive
    /// verbs do.
    static var changesAccount: Bool { get }
    /// The body: reads its arguments through the definition's ``TypedParameter``s.
    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value
}

extension SingleVerbDefinition {
    static var noun: Noun? { nil }
    static var isDestructive: Bool { false }
    static var changesAccount: Bool { isDestructive }

    static func verbs(session: VerbSession) -> [Verb] {
        [
            verb { arguments, call in
                guard changesAccount else { return try await run(arguments, call, session: session) }
                return try await session.changing(nil) { try await run(arguments, call, session: session) }
            }
        ]
    }

    /// The verb with `body` (a test may pass one with shorter waits).
    static func verb(body: @escaping VerbBody) -> Verb {
        Verb(
            name, noun: noun, summary: summary, parameters: parameters, example: examples.first?.code,
            isDestructive: isDestructive, body: body)
    }
}

/// One example of a verb: a statement that runs as written in the examples' world (see
/// docs/architecture.md, "Add a verb").
struct VerbExample: Sendable {
    /// The statement, as `help` shows it.
    let code: String

    /// The examples of a text block, one statement a line. Split as UTF-8 bytes, not characters:
    /// every verb's examples are read while buildsh starts.
    static func lines(_ text: String) -> [VerbExample] {
        text.utf8.split(separator: UInt8(ascii: "\n")).map { VerbExample(code: Substring($0).trimmingBlanks()) }
    }

    /// The noun the example calls `action` on (`create function version` in `let v2 = create
    /// function version $hello …`): the longest noun spelling after the action's word.
    func noun(of action: String) -> ResourceKind? {
        let words = code.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "(") })
        guard let start = words.firstIndex(where: { $0.elementsEqual(action.utf8) }) else { return nil }
        let after = words[(start + 1)...]
        var found: (kind: ResourceKind, length: Int)?
        for spelling in Self.nounSpellings where spelling.length > found?.length ?? -1 {
            if after.starts(with: spelling.words, by: { $0.elementsEqual($1) }) {
                found = (spelling.kind, spelling.length)
            }
        }
        return found?.kind
    }

    /// Every noun's singular and plural spelling as words of UTF-8, split once, with the length of
    /// the noun's name (the longest match wins).
    private static let nounSpellings: [(words: [[UInt8]], length: Int, kind: ResourceKind)] =
        NounTable.all.flatMap { noun in
            [noun.name, noun.plural].map { spelling in
                (spelling.utf8.split(separator: UInt8(ascii: " ")).map(Array.init), noun.name.utf8.count, noun.kind)
            }
        }
}

extension [VerbExample] {
    /// For each noun, the first example calling `action` on it, which `help` shows; each example is
    /// read once, however many nouns the action has.
    func firstByNoun(_ action: String) -> [ResourceKind: String] {
        var found: [ResourceKind: String] = [:]
        for example in self {
            if let noun = example.noun(of: action), found[noun] == nil { found[noun] = example.code }
        }
        return found
    }

    /// The first example calling `action` on `noun`.
    func first(_ action: String, _ noun: ResourceKind) -> String? {
        firstByNoun(action)[noun]
    }
}

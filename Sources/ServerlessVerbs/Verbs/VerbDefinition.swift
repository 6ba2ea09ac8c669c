import BuildScript
import ServerlessClient

/// One verb of the Serverless verbs, written in one file (nushell's shape): its declaration, typed
/// access to its arguments, its body and its examples. ``ServerlessVerbs/definitions`` lists every
/// one; `help` shows the examples and `VerbExampleTests` runs each of them against the sandbox, so
/// an example that stops working is a failing test.
protocol VerbDefinition {
    /// The verbs this file registers: one for a workflow, one per noun for a resource verb.
    static func verbs(session: VerbSession) -> [Verb]
    /// The examples, in the order `help` shows them.
    static var examples: [VerbExample] { get }
}

/// One example of a verb: a statement that runs as written in the examples' world (see
/// docs/architecture.md, "Add a verb"), and for a resource verb the noun it shows.
struct VerbExample: Sendable {
    /// The noun of the resource verb it shows (`nil` for verbs without nouns).
    let noun: ResourceKind?
    /// The statement, as `help` shows it.
    let code: String

    /// An example of a resource verb for `noun`.
    init(_ noun: ResourceKind, _ code: String) {
        self.noun = noun
        self.code = code
    }

    /// An example of a verb without nouns.
    init(_ code: String) {
        noun = nil
        self.code = code
    }
}

extension [VerbExample] {
    /// The first example for `noun` (`nil`: of a verb without nouns), which `help` shows.
    func first(for noun: ResourceKind?) -> String? {
        first { $0.noun == noun }?.code
    }
}

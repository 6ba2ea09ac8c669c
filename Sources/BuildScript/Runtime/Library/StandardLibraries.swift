/// The built-in functions, grouped into libraries the host opens (registered like any verb).
enum StandardLibraries {
    static func verbs(for libraries: Set<StandardLibrary>) -> [Verb] {
        StandardLibrary.allCases.filter(libraries.contains).flatMap(verbs(of:))
    }

    /// The functions of one library.
    static func verbs(of library: StandardLibrary) -> [Verb] {
        switch library {
        case .core: CoreLibrary.verbs
        case .strings: StringLibrary.verbs
        case .lists: ListLibrary.verbs
        case .time: TimeLibrary.verbs
        case .environment: EnvironmentLibrary.verbs
        }
    }

    /// A pure built-in function.
    static func function(
        _ name: String, _ summary: String, _ parameters: [Parameter], example: String,
        _ body: @escaping @Sendable (Arguments) throws -> Value
    ) -> Verb {
        var verb = Verb(name, summary: summary, parameters: parameters, example: example, isPure: true) { arguments, _ in
            try body(arguments)
        }
        verb.directBody = { arguments, _ in try body(arguments) }
        return verb
    }

    /// A pure built-in function that needs the run's ``Limits`` (it builds lists or strings).
    static func function(
        _ name: String, _ summary: String, _ parameters: [Parameter], example: String,
        limited body: @escaping @Sendable (Arguments, Limits) throws -> Value
    ) -> Verb {
        var verb = Verb(name, summary: summary, parameters: parameters, example: example, isPure: true) { arguments, context in
            try body(arguments, context.limits)
        }
        verb.directBody = body
        return verb
    }

    static func requireInteger(_ arguments: Arguments, _ name: String) throws -> Int {
        guard let n = arguments.integer(name) else { throw VerbError("'\(name)' must be a whole number") }
        return n
    }
}

/// `env("NAME")`.
enum EnvironmentLibrary {
    static let verbs: [Verb] = [
        Verb(
            "env", summary: "The value of an environment variable, or null when unset (not in safe mode).",
            parameters: [.positional("name", .string, doc: "the variable name", example: "HOME"),
                         .positional("default", .any, required: false, doc: "returned when unset")],
            example: "env(\"HOME\")", readsHost: true, isPure: true
        ) { arguments, _ in
            let name = arguments.string("name") ?? ""
            if let value = ProcessInfo.processInfo.environment[name] { return .string(value) }
            return arguments["default"] ?? .null
        }
    ]
}

import Foundation

import ArgumentParser
import Foundation

/// Where the program to run comes from, chosen from the command line and standard input.
enum ScriptInput: Equatable {
    /// The interactive REPL (no script given, standard input is a terminal).
    case repl
    /// A script file; `arguments` become `$args`.
    case file(path: String, arguments: [String])
    /// `-c CODE`; `arguments` become `$args`.
    case code(String, arguments: [String])
    /// The script is standard input (not a terminal), read to its end.
    case standardInput(arguments: [String])

    /// Picks the input: `-c` wins, then a file (`-` for standard input), then standard input
    /// when it is not a terminal, else the REPL.
    static func choose(code: String?, positional: [String], standardInputIsTerminal: Bool) throws -> ScriptInput {
        if let code {
            return .code(code, arguments: positional)
        }
        if let first = positional.first {
            let arguments = Array(positional.dropFirst())
            if first == "-" { return .standardInput(arguments: arguments) }
            if first.hasPrefix("-") {
                throw ValidationError("unknown option '\(first)'")
            }
            return .file(path: first, arguments: arguments)
        }
        return standardInputIsTerminal ? .repl : .standardInput(arguments: [])
    }

    /// The name diagnostics use for this input.
    var sourceName: String {
        switch self {
        case .repl: "<input>"
        case .file(let path, _): path
        case .code: "<command>"
        case .standardInput: "<stdin>"
        }
    }

    /// The bytes of `-c`'s value as the command line held them: Swift repairs invalid UTF-8 in
    /// arguments, so the raw argument is looked up to apply the one encoding rule (a syntax error).
    static func rawBytes(ofArgument code: String) -> [UInt8] {
        let repaired = Array(code.utf8)
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let raw = Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            if String(validating: raw, as: UTF8.self) == nil, Array(String(decoding: raw, as: UTF8.self).utf8) == repaired { return raw }
        }
        return repaired
    }

    /// The values of `$args`.
    var arguments: [String] {
        switch self {
        case .repl: []
        case .file(_, let arguments), .code(_, let arguments), .standardInput(let arguments): arguments
        }
    }
}

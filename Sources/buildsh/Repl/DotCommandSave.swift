import BuildScript
import Foundation
import LineEditor

/// The statements of a REPL session that succeeded, in order, for `.save FILE`: written out they
/// make a script that `buildsh FILE` runs. Statements that failed (errors, syntax errors, Ctrl-C)
/// are not kept, nor the REPL's own dot commands; a statement the history leaves out as secret
/// (one that sets a secret, or shows this run's credentials) is left out too and counted, so no
/// secret ever reaches a file. The value of a sensitive argument (a variable's `value=`) is never
/// written: the script reads it from an environment variable instead (``SavedValueVariables``).
struct SessionTranscript {
    /// One statement kept, with the values it must not write down.
    struct Statement {
        let source: String
        let withheld: [SensitiveArgument]
    }

    /// The statements kept, in the order they ran.
    private(set) var statements: [Statement] = []
    /// How many succeeded but were left out because they set a secret.
    private(set) var withheld = 0

    /// Keeps `source`, a statement that succeeded, with its `values` left out, unless `isSecret`
    /// (the history's verdict on it).
    mutating func record(_ source: String, values: [SensitiveArgument], isSecret: Bool) {
        let shown = SensitiveArgument.replacing(values, in: source) { _ in WithheldValues.historyPlaceholder }
        if isSecret || SecretLineFilter.isSecret(shown) {
            withheld += 1
        } else {
            statements.append(Statement(source: source, withheld: values))
        }
    }

    /// The statements as written to the file, and the environment variables they read the left-out values from.
    private var written: (statements: [String], variables: SavedValueVariables) {
        var variables = SavedValueVariables()
        let texts = statements.map { statement in
            SensitiveArgument.replacing(statement.withheld, in: statement.source) { variables.placeholder(for: $0) }
        }
        return (texts, variables)
    }

    /// The script: a `#!` line, a comment saying where it came from, the checks of the
    /// environment variables it reads left-out values from, then the statements.
    func script(date: Date = Date()) -> String {
        var lines = [
            "#!/usr/bin/env buildsh",
            "# Saved with .save from a buildsh session on \(date.formatted(.iso8601)):",
            "# the \(statements.count == 1 ? "statement" : "\(statements.count) statements") that succeeded, in order.",
        ]
        if withheld > 0 {
            lines.append("# Left out: \(withheld) holding a secret (set it again, e.g. from env(), before running this).")
        }
        let (texts, variables) = written
        lines += variables.preamble
        lines.append("")
        return (lines + texts).joined(separator: "\n") + "\n"
    }

    /// Writes ``script(date:)`` to `path` (`~/` is the home folder), replacing the file.
    func save(to path: String) throws(SaveError) {
        let expanded = path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst(1) : path
        do {
            try Data(script().utf8).write(to: URL(fileURLWithPath: expanded), options: .atomic)
        } catch {
            let folder = (expanded as NSString).deletingLastPathComponent
            let reason = FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder)
                ? "permission denied or not a file" : "no such folder"
            throw SaveError(path: path, reason: reason)
        }
    }

    /// Why `.save` could not write its file.
    struct SaveError: Error, Equatable {
        let path: String
        let reason: String

        var message: String { "error: cannot write \(path): \(reason)" }
    }

    /// What `.save` reports: `saved 4 statements to demo.bsh` (and what it left out).
    func confirmation(path: String) -> String {
        let count = statements.count == 1 ? "1 statement" : "\(statements.count) statements"
        var left: [String] = []
        if withheld > 0 { left.append("left out \(withheld) holding a secret") }
        let names = written.variables.entries.map(\.name)
        if !names.isEmpty {
            let values = names.count == 1 ? "1 value" : "\(names.count) values"
            left.append("\(values) not written down: set \(names.joined(separator: ", ")) to run it")
        }
        return "saved \(count) to \(path)" + (left.isEmpty ? "" : " (\(left.joined(separator: "; ")))")
    }
}

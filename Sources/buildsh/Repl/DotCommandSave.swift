import BuildScript
import Foundation
import LineEditor

/// The statements of a REPL session that succeeded, in order, for `.save FILE`: written out they
/// make a script that `buildsh FILE` runs from any folder. Statements that failed (errors, syntax
/// errors, Ctrl-C) are not kept, nor the REPL's own dot commands, nor `help`; a statement the
/// history leaves out as secret (one that sets a secret, or shows this run's credentials) is left
/// out too and counted, so no secret ever reaches a file. The value of a sensitive argument (a
/// variable's `value=`) is never written: the script reads it from an environment variable instead
/// (``SavedValueVariables``). A file named by a relative path (`@docs/hello.js`, `source "lib.bsh"`)
/// was read from the REPL's folder, but a script reads from its own: the path is written relative to
/// the saved file's folder when the file lies inside it, else absolute (``SavedFilePath``).
struct SessionTranscript {
    /// One statement kept, with the values it must not write down and the files it names.
    struct Statement {
        let source: String
        let withheld: [SensitiveArgument]
        let files: [FileReference]
    }

    /// The folder the statements' relative paths were read from (the REPL's working folder).
    let baseDirectory: String

    /// The statements kept, in the order they ran.
    private(set) var statements: [Statement] = []
    /// How many succeeded but were left out because they set a secret.
    private(set) var withheld = 0

    /// Keeps `source`, a statement that succeeded, with its `values` left out and its `files`
    /// rewritten when saved, unless `isSecret` (the history's verdict on it).
    mutating func record(_ source: String, values: [SensitiveArgument], files: [FileReference], isSecret: Bool) {
        let shown = SensitiveArgument.replacing(values, in: source) { _ in WithheldValues.historyPlaceholder }
        if isSecret || SecretLineFilter.isSecret(shown) {
            withheld += 1
        } else {
            statements.append(Statement(source: source, withheld: values, files: files))
        }
    }

    /// The statements as written to a file in `folder` (absolute), and the environment variables
    /// they read the left-out values from.
    private func written(into folder: String) -> (statements: [String], variables: SavedValueVariables) {
        var variables = SavedValueVariables()
        let paths = SavedFilePath(from: baseDirectory, to: folder)
        let texts = statements.map { statement in
            let values = SensitiveArgument.edits(statement.withheld) { variables.placeholder(for: $0) }
            let files = statement.files.compactMap { file in
                paths.rewritten(file.path).map { SourceEdit(range: file.range, text: FileReference.written($0, kind: file.kind)) }
            }
            return SourceEdit.apply(values + files, to: statement.source)
        }
        return (texts, variables)
    }

    /// The script to write into `folder` (absolute): a `#!` line, a comment saying where it came
    /// from, the checks of the environment variables it reads left-out values from, then the statements.
    func script(into folder: String, date: Date = Date()) -> String {
        var lines = [
            "#!/usr/bin/env buildsh",
            "# Saved with .save from a buildsh session on \(date.formatted(.iso8601)):",
            "# the \(statements.count == 1 ? "statement" : "\(statements.count) statements") that succeeded, in order.",
        ]
        if withheld > 0 {
            lines.append("# Left out: \(withheld) holding a secret (set it again, e.g. from env(), before running this).")
        }
        let (texts, variables) = written(into: folder)
        lines += variables.preamble
        lines.append("")
        return (lines + texts).joined(separator: "\n") + "\n"
    }

    /// Writes ``script(into:date:)`` to `path`, replacing the file: relative to ``baseDirectory``,
    /// with `~` read from `environment`'s `HOME` (``XDGDirectories/expandingTilde(_:)``).
    func save(to path: String, environment: [String: String]) throws(SaveError) {
        let expanded = XDGDirectories(environment: environment).expandingTilde(path)
        let absolute = ((expanded.hasPrefix("/") ? expanded : baseDirectory + "/" + expanded) as NSString).standardizingPath
        let folder = (absolute as NSString).deletingLastPathComponent
        do {
            try Data(script(into: folder).utf8).write(to: URL(fileURLWithPath: absolute), options: .atomic)
        } catch {
            let reason = FileManager.default.fileExists(atPath: folder) ? "permission denied or not a file" : "no such folder"
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
        let names = written(into: baseDirectory).variables.entries.map(\.name)
        if !names.isEmpty {
            let values = names.count == 1 ? "1 value" : "\(names.count) values"
            left.append("\(values) not written down: set \(names.joined(separator: ", ")) to run it")
        }
        return "saved \(count) to \(path)" + (left.isEmpty ? "" : " (\(left.joined(separator: "; ")))")
    }
}

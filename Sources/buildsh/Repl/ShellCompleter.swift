import BuildScript
import Foundation
import LineEditor

/// Tab completion in the REPL: the interpreter's own candidates (verbs, nouns, parameter names,
/// variables, `$x.` fields), plus REPL settings at the start of a line and file paths after `@`.
struct ShellCompleter {
    let interpreter: Interpreter

    func complete(_ request: CompletionRequest) -> Completions {
        let before = request.textBeforeCursor
        let start = Interpreter.completionWordStart(in: before, cursor: before.utf8.count)
        let word = String(decoding: Array(before.utf8)[start...], as: UTF8.self)
        let lineSoFar = before.trimmingCharacters(in: .whitespaces)
        if lineSoFar.hasPrefix("."), !lineSoFar.contains(" ") {
            return Completions(replacing: word.count, candidates: DotCommand.names.filter { $0.hasPrefix(word) })
        }
        if let pathStart = word.lastIndex(of: "@") {
            let typed = String(word[word.index(after: pathStart)...])
            let prefix = String(word[...pathStart])
            return Completions(replacing: word.count, candidates: PathCandidates.matching(typed).map { prefix + $0 })
        }
        let candidates = interpreter.completions(for: before)
        // A record variable is usually followed by `.field`, so no space after it.
        let recordVariable = candidates.count == 1 && candidates[0].kind == .variable && candidates[0].detail == "record"
        return Completions(replacing: word.count, candidates: candidates.map(\.text).sorted(), appendsSpace: !recordVariable)
    }
}

/// File and folder names for `@path` completion; folders end in `/`.
enum PathCandidates {
    /// The entries whose path starts with `typed` (relative to the current folder, or absolute, or `~/`).
    static func matching(_ typed: String) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        var folder = folderPart.isEmpty ? "." : folderPart
        if folder.hasPrefix("~/") {
            folder = NSHomeDirectory() + folder.dropFirst(1)
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names
            .filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .sorted()
            .map { name in
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
                return folderPart + name + (isFolder.boolValue ? "/" : "")
            }
    }
}

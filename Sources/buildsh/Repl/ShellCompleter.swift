import BuildScript
import Foundation
import LineEditor
import ServerlessVerbs

/// Tab completion in the REPL: the interpreter's own candidates (commands, nouns, parameter
/// names, variables, `$x.` fields), plus REPL settings at the start of a line, file paths after
/// `@` (folders after `deploy`), runtimes after `runtime=`, and in argument positions the SIDs and
/// names of the account (``AccountCompletions``, described) before those seen in this session.
struct ShellCompleter {
    let interpreter: Interpreter
    let seen: SeenIdentifiers
    /// The account's identifiers, or nil to offer only those seen.
    var live: AccountCompletions?
    /// How long Tab waits for a listing not cached.
    var budget: Duration = .milliseconds(250)

    func complete(_ request: CompletionRequest) -> Completions {
        let before = request.textBeforeCursor
        let bytes = Array(before.utf8)
        let start = Interpreter.completionWordStart(in: before, cursor: bytes.count)
        let word = String(decoding: bytes[start...], as: UTF8.self)
        let preceding = String(decoding: bytes[..<start], as: UTF8.self)
        if preceding.allSatisfy(\.isWhitespace), word.hasPrefix(".") {
            return Completions(replacing: word.count, candidates: DotCommand.names.filter { $0.hasPrefix(word) })
        }
        if let setting = preceding.split(separator: " ").first.map(String.init), setting.hasPrefix("."),
            preceding.split(separator: " ").count == 1
        {
            return Completions(replacing: word.count, candidates: DotCommand.values(for: setting).filter { $0.hasPrefix(word) })
        }
        if word.hasPrefix("runtime=") {
            let typed = word.dropFirst("runtime=".count)
            return Completions(replacing: word.count, candidates: ServerlessVerbs.runtimes.filter { $0.hasPrefix(typed) }.map { "runtime=" + $0 })
        }
        if StatementWords(preceding).words == ["deploy"], !word.contains("=") {
            return Completions(replacing: word.count, candidates: PathCandidates.matching(word).filter { $0.hasSuffix("/") }, appendsSpace: false)
        }
        if let at = word.lastIndex(of: "@") {
            let prefix = String(word[...at])
            let typed = String(word[word.index(after: at)...])
            return Completions(replacing: word.count, candidates: PathCandidates.matching(typed).map { prefix + $0 })
        }
        let language = NounForms.preferred(interpreter.completions(for: before), plural: StatementWords(preceding).verb == "list")
        var candidates = language.map(\.text)
        var descriptions: [String: String] = [:]
        if let identifiers = identifierCandidates(word: word, preceding: preceding) {
            candidates = identifiers.texts + candidates.filter { !identifiers.texts.contains($0) }
            descriptions = identifiers.descriptions
        }
        // A record variable is usually followed by `.field`, so no space after it.
        let recordVariable = language.count == 1 && candidates.count == 1 && language[0].kind == .variable
            && language[0].detail == "record"
        return Completions(replacing: word.count, candidates: candidates, appendsSpace: !recordVariable, descriptions: descriptions)
    }

    /// SIDs and names for a word in argument position (`fetch build ZB…`, `service=de…`,
    /// `from=`): the account's, described, then those seen in results, the statement's noun's
    /// first; nil at command position or for `$`.
    private func identifierCandidates(word: String, preceding: String) -> (texts: [String], descriptions: [String: String])? {
        guard !word.hasPrefix("$"), !word.hasPrefix("\"") else { return nil }
        let statement = StatementWords(preceding)
        guard statement.verb != nil else { return nil }
        var prefix = ""
        var typed = word
        var noun: String?
        if let equals = word.firstIndex(of: "=") {
            let name = String(word[..<equals])
            prefix = name + "="
            typed = String(word[word.index(after: equals)...])
            noun = ["from", "to"].contains(name) ? "environment"
                : name.replacingOccurrences(of: "_sid", with: "").replacingOccurrences(of: "_", with: " ")
        } else {
            noun = statement.verb == "await" ? "build" : statement.noun(using: interpreter)
            guard noun != nil || !word.isEmpty else { return nil }
        }
        var texts: [String] = []
        var descriptions: [String: String] = [:]
        if let kind = noun.flatMap(NounTable.noun(named:))?.kind, let account = live?.candidates(for: kind, waitingAtMost: budget) {
            for candidate in account where candidate.text.hasPrefix(typed) && descriptions[prefix + candidate.text] == nil {
                texts.append(prefix + candidate.text)
                descriptions[prefix + candidate.text] = candidate.description
            }
        }
        for text in seen.completions(prefix: typed, noun: noun) where descriptions[prefix + text] == nil && !texts.contains(prefix + text) {
            texts.append(prefix + text)
        }
        return texts.isEmpty ? nil : (texts, descriptions)
    }
}

/// The words of the statement being typed, before the word at the cursor.
struct StatementWords {
    /// The words, after any `let NAME =` and `foreach x in`.
    let words: [String]

    init(_ text: String) {
        let statementStart = text.lastIndex { ";|{(\n".contains($0) }
        let statement = statementStart.map { String(text[text.index(after: $0)...]) } ?? text
        var words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.first == "let", words.count >= 3, words[2] == "=" { words.removeFirst(3) }
        if words.first == "foreach", let inIndex = words.firstIndex(of: "in") { words.removeFirst(inIndex + 1) }
        self.words = words
    }

    /// The verb, when one has been typed (and is followed by more).
    var verb: String? { words.first }

    /// The singular noun of the verb being typed (`build`, `function version`), when registered.
    func noun(using interpreter: Interpreter) -> String? {
        guard let verb, words.count >= 2 else { return nil }
        if words.count >= 3, let found = interpreter.verb(named: verb, exactNoun: words[1] + " " + words[2])?.noun {
            return found.singular
        }
        return interpreter.verb(named: verb, exactNoun: words[1])?.noun?.singular
    }
}

/// File and folder names for `@path` completion; folders end in `/`.
enum PathCandidates {
    /// The entries whose path starts with `typed` (relative to the current folder, absolute, or `~/`).
    static func matching(_ typed: String) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let folder = XDGDirectories(environment: ProcessEnvironment.current()).expandingTilde(folderPart.isEmpty ? "." : folderPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names
            .filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .sorted()
            .map { name in
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
                return folderPart + name + (exists && isFolder.boolValue ? "/" : "")
            }
    }
}

/// Nouns are offered in one form, so Tab can finish them: plural after `list`, singular elsewhere
/// (`create serv` → `create service `, not a stop at the shared prefix of `service`/`services`).
enum NounForms {
    static func preferred(_ candidates: [BuildScript.Completion], plural: Bool) -> [BuildScript.Completion] {
        let nouns = Set(candidates.filter { $0.kind == .noun }.map(\.text))
        return candidates.filter { candidate in
            guard candidate.kind == .noun else { return true }
            let text = candidate.text
            let isSingularOfAnother = nouns.contains(text + "s") || nouns.contains(text + "es")
            let isPluralOfAnother = (text.hasSuffix("es") && nouns.contains(String(text.dropLast(2))))
                || (text.hasSuffix("s") && nouns.contains(String(text.dropLast())))
            return plural ? !isSingularOfAnother : !isPluralOfAnother
        }
    }
}

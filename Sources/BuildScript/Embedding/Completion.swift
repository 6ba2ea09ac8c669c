/// One completion candidate for the REPL.
public struct Completion: Equatable, Sendable {
    /// What kind of thing is offered.
    public enum Kind: String, Equatable, Sendable {
        /// A verb, built-in or procedure name.
        case command
        /// A noun after a verb.
        case noun
        /// A `name=` parameter of the verb at the cursor.
        case parameter
        /// A word a parameter accepts (`public` for `visibility=`).
        case value
        /// A `$variable`.
        case variable
        /// A field after `$x.`.
        case field
        /// A keyword.
        case keyword
    }

    /// The full text to put in place of the word being completed.
    public var text: String
    /// What it is.
    public var kind: Kind
    /// A short description (the parameter's doc, the verb's summary).
    public var detail: String

    /// Creates a candidate.
    public init(text: String, kind: Kind, detail: String = "") {
        self.text = text
        self.kind = kind
        self.detail = detail
    }
}

extension Interpreter {
    /// Candidates for the word before `cursor` (a UTF-8 offset into `line`, default its end):
    /// commands at the start of a statement, nouns after a verb, `name=` parameters of the verb
    /// being typed, `$variables`, and fields of a record variable after `$x.`.
    /// ``Completion/text`` replaces the word that ``completionWordStart(in:cursor:)`` locates.
    public func completions(for line: String, cursor: Int? = nil) -> [Completion] {
        let bytes = Array(line.utf8)
        let end = min(cursor ?? bytes.count, bytes.count)
        let prefixText = String(decoding: bytes[..<end], as: UTF8.self)
        let start = Interpreter.completionWordStart(in: line, cursor: end)
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        let snapshot = state.withLock { $0 }
        let hideDestructive = snapshot.options.safeMode

        if word.hasPrefix("$") {
            let body = word.dropFirst()
            if let dot = body.firstIndex(of: ".") {
                let name = String(body[..<dot])
                let fieldPrefix = String(body[body.index(after: dot)...])
                guard case .record(let fields)? = globals.lookup(name) else { return [] }
                return fields.keys.filter { $0.hasPrefix(fieldPrefix) }.map {
                    Completion(text: "$\(name).\($0)", kind: .field, detail: fields[$0].map(\.typeName) ?? "")
                }
            }
            return globals.visibleNames.filter { $0.hasPrefix(body) }.map {
                Completion(text: "$" + $0, kind: .variable, detail: globals.lookup($0)?.typeName ?? "")
            }
        }

        // Find the words of the current statement before the word being completed.
        let statementStart = prefixText.lastIndex { $0 == ";" || $0 == "|" || $0 == "{" || $0 == "(" || $0 == "\n" }
        let statementText = statementStart.map { String(prefixText[prefixText.index(after: $0)...]) } ?? prefixText
        var words = statementText.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if !word.isEmpty, !words.isEmpty { words.removeLast() }
        if let assign = words.firstIndex(of: "="), (words.first == "let" && assign == 2) || assign == 1 {
            words.removeFirst(assign + 1)
        } else if words.first == "let" {
            return []
        }
        if words.first.map({ ["if", "while", "else", "def", "return", "exit"].contains($0) }) == true { return [] }
        if words.first == "foreach", let inIndex = words.firstIndex(of: "in") { words.removeFirst(inIndex + 1) }

        guard let verbName = words.first else {
            var names = snapshot.registry.names(inSafeMode: hideDestructive) + globals.visibleProcedures
            names += ["let", "if", "foreach", "while", "def", "try", "exit", "source"]
            return names.filter { $0.hasPrefix(word) }.map { name in
                let verb = snapshot.registry.entry(name)?.allVerbs.first
                return Completion(
                    text: name, kind: verb == nil && Parser.keywords.contains(name) ? .keyword : .command, detail: verb?.summary ?? "")
            }
        }
        guard let entry = snapshot.registry.entry(verbName) else { return [] }
        let argumentWords = Array(words.dropFirst()).filter { !$0.contains("=") }
        let resolved = entry.resolve(words: argumentWords)
        if resolved == nil, !entry.nounOrder.isEmpty, !word.contains("=") {
            let typedNounWords = argumentWords.joined(separator: " ")
            // Offered: the nouns the verb works on (not those it only refuses, as `help` lists them).
            let candidates = entry.nounOrder.filter { noun in
                guard let verb = entry.byNoun[noun.singular] else { return false }
                return !verb.isRefusal && !(hideDestructive && verb.isRemovedInSafeMode)
            }
            return candidates.flatMap { [$0.singular, $0.plural] }
                .filter { typedNounWords.isEmpty ? $0.hasPrefix(word) : $0.hasPrefix(typedNounWords + " " + word) }
                .map { phrase in
                    let last = typedNounWords.isEmpty ? phrase : String(phrase.dropFirst(typedNounWords.count + 1))
                    return Completion(text: last, kind: .noun, detail: entry.byNoun[phrase]?.summary ?? "")
                }
        }
        guard let verb = resolved?.verb ?? entry.plain else { return [] }
        if let equals = word.firstIndex(of: "=") {
            let name = String(word[..<equals])
            let valuePrefix = String(word[word.index(after: equals)...])
            guard let parameter = verb.parameters.first(where: { $0.name == name }) else { return [] }
            if case .oneOf(let options) = parameter.type {
                return options.filter { $0.hasPrefix(valuePrefix) }.map { Completion(text: "\(name)=\($0)", kind: .value) }
            }
            if parameter.type == .bool {
                return ["true", "false"].filter { $0.hasPrefix(valuePrefix) }.map { Completion(text: "\(name)=\($0)", kind: .value) }
            }
            return []
        }
        let used = Set(words.compactMap { $0.split(separator: "=").first.map(String.init) })
        return verb.parameters.filter { !$0.isPositional && !used.contains($0.name) && $0.name.hasPrefix(word) }.map {
            Completion(text: $0.name + "=", kind: .parameter, detail: $0.doc)
        }
    }

    /// The UTF-8 offset where the word ending at `cursor` starts (what a completion replaces).
    public static func completionWordStart(in line: String, cursor: Int) -> Int {
        let bytes = Array(line.utf8)
        var start = min(cursor, bytes.count)
        while start > 0 {
            let byte = bytes[start - 1]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "|")
                || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: ",")
            {
                break
            }
            start -= 1
        }
        return start
    }
}

/// The text of `help`, `help VERB [NOUN]` and `help WORD` for a word of the language (``LanguageHelp``).
enum HelpText {
    static func render(name: String?, noun: String?, registry: VerbRegistry, options: InterpreterOptions) -> String? {
        let visible = registry.allVerbs.filter { !(options.safeMode && $0.isRemovedInSafeMode) }
        guard let name else { return HelpOverview(verbs: visible, layout: options.helpLayout).render() }
        let matching = visible.filter { $0.name == name }
        guard !matching.isEmpty else { return noun == nil ? LanguageHelp.text(for: name) : nil }
        var chosen = matching
        if let noun {
            let words = noun.split(separator: " ").map(String.init)
            guard let entry = registry.entry(name), let (verb, _) = entry.resolve(words: words),
                !(options.safeMode && verb.isRemovedInSafeMode)
            else { return nil }
            chosen = [verb]
        }
        return chosen.map(describe).joined(separator: "\n\n")
    }

    static func describe(_ verb: Verb) -> String {
        var lines = ["usage: " + verb.usage, "  " + verb.summary]
        if verb.isDestructive { lines.append("  (destructive: hidden in safe mode, confirmed in loops, honours dry run)") }
        // Each column fits its longest entry, with two spaces after it.
        let types = verb.parameters.map { $0.placeholder + ($0.isRequired ? " (required)" : "") }
        let nameWidth = max(16, (verb.parameters.map(\.name.count).max() ?? 0) + 2)
        let typeWidth = (types.map(\.count).max() ?? 0) + 2
        for (parameter, type) in zip(verb.parameters, types) {
            var notes = [parameter.doc]
            if !parameter.aliases.isEmpty { notes.append("Also " + parameter.aliases.map { "\($0)=" }.joined(separator: ", ") + ".") }
            if let example = parameter.example { notes.append("e.g. \(example)") }
            let text = notes.filter { !$0.isEmpty }.joined(separator: " ")
            let line = "  " + parameter.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                + (text.isEmpty ? type : type.padding(toLength: typeWidth, withPad: " ", startingAt: 0) + text)
            lines.append(line)
        }
        if let example = verb.example { lines.append("example: " + example) }
        return lines.joined(separator: "\n")
    }

    /// Why `help NAME [NOUN]` has nothing, with the closest command, noun or word.
    static func notFound(name: String?, noun: String?, registry: VerbRegistry, options: InterpreterOptions) -> VerbError {
        let name = name ?? ""
        let visible = registry.allVerbs.filter { !(options.safeMode && $0.isRemovedInSafeMode) }
        if registry.entry(name) != nil, !visible.contains(where: { $0.name == name }) {
            return VerbError("no help for '\(name)': not available in safe mode")
        }
        let nouns = visible.filter { $0.name == name }.compactMap(\.noun)
        guard let noun, !nouns.isEmpty else {
            // A noun asked alone: point at its verbs, reading ones first (`help list builds`).
            let reading = ["list", "fetch"]
            let verbs = visible.filter { $0.noun?.singular == name || $0.noun?.plural == name }.map(\.name)
                .sorted { (reading.firstIndex(of: $0) ?? 2, $0) < (reading.firstIndex(of: $1) ?? 2, $1) }
            if noun == nil, let first = verbs.first {
                let others = verbs.dropFirst()
                return VerbError("'\(name)' is a noun: help \(first) \(name)"
                    + (others.isEmpty ? "" : " (also " + others.joined(separator: ", ") + ")"))
            }
            let words = Set(visible.map(\.name)).union(LanguageHelp.words).sorted()
            return VerbError(Self.didYouMean("no help for '\(name)'", Suggestions.closest(to: name, in: words)))
        }
        let spellings = nouns.flatMap { [$0.singular, $0.plural] }
        let message = "no help for '\(name) \(noun)': \(name) takes " + nouns.map(\.singular).joined(separator: ", ")
        return VerbError(Self.didYouMean(message, Suggestions.closest(to: noun, in: spellings)))
    }

    private static func didYouMean(_ message: String, _ suggestion: String?) -> String {
        suggestion.map { message + " (did you mean '\($0)'?)" } ?? message
    }
}

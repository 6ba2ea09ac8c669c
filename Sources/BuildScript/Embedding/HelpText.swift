/// The text of `help`, `help VERB [NOUN]` and `help WORD` for a word of the language (``LanguageHelp``).
enum HelpText {
    static func render(name: String?, noun: String?, registry: VerbRegistry, options: InterpreterOptions) -> String? {
        let visible = registry.allVerbs.filter { !(options.safeMode && $0.isRemovedInSafeMode) }
        guard let name else {
            var lines = ["Commands (help NAME for details):"]
            var seen = Set<String>()
            for verb in visible where seen.insert(verb.name).inserted {
                let nouns = visible.filter { $0.name == verb.name }.compactMap(\.noun?.singular)
                let summary = nouns.isEmpty ? verb.summary : nouns.joined(separator: ", ")
                lines.append("  " + verb.name.padding(toLength: 14, withPad: " ", startingAt: 0) + summary)
            }
            lines.append("Language (help WORD): " + LanguageHelp.words.joined(separator: " "))
            return lines.joined(separator: "\n")
        }
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
        // The name column fits the longest name, with two spaces after it.
        let width = max(18, (verb.parameters.map(\.name.count).max() ?? 0) + 2)
        for parameter in verb.parameters {
            var line = "  " + parameter.name.padding(toLength: width, withPad: " ", startingAt: 0) + parameter.type.placeholder
            if parameter.isRequired { line += " (required)" }
            if !parameter.doc.isEmpty { line += "  " + parameter.doc }
            if let example = parameter.example { line += "  e.g. \(example)" }
            lines.append(line)
        }
        if let example = verb.example { lines.append("example: " + example) }
        return lines.joined(separator: "\n")
    }
}

/// The commands known to an interpreter, by name, with noun-phrase resolution.
struct VerbRegistry: Sendable {
    /// All entries of one command name.
    struct Entry: Sendable {
        var plain: Verb?
        var byNoun: [String: Verb] = [:]
        var nounOrder: [Noun] = []
        /// Every noun's singular and plural phrase as words, split once at registration: commands are
        /// resolved each time they run, in every turn of a loop.
        var phrases: [(words: [String], singular: String)] = []
    }

    private(set) var entries: [String: Entry] = [:]

    mutating func register(_ verb: Verb) {
        var entry = entries[verb.name] ?? Entry()
        if let noun = verb.noun {
            if entry.byNoun[noun.singular] == nil {
                entry.nounOrder.append(noun)
                entry.phrases += [(noun.words, noun.singular), (noun.pluralWords, noun.singular)]
            }
            entry.byNoun[noun.singular] = verb
        } else {
            entry.plain = verb
        }
        entries[verb.name] = entry
    }

    func entry(_ name: String) -> Entry? { entries[name] }

    /// Names of commands, optionally hiding those safe mode removes entirely.
    func names(inSafeMode: Bool) -> [String] {
        entries.filter { _, entry in
            !inSafeMode || !(entry.allVerbs.allSatisfy(\.isRemovedInSafeMode))
        }.keys.sorted()
    }

    /// Every registered verb, ordered by name then noun registration order.
    var allVerbs: [Verb] {
        entries.keys.sorted().flatMap { entries[$0]?.allVerbs ?? [] }
    }
}

extension VerbRegistry.Entry {
    var allVerbs: [Verb] {
        (plain.map { [$0] } ?? []) + nounOrder.compactMap { byNoun[$0.singular] }
    }

    /// Matches the longest noun phrase (singular or plural) at the start of `words`.
    /// Returns the verb and how many words the phrase used.
    func resolve(words: [String]) -> (verb: Verb, length: Int)? {
        var best: (Verb, Int)?
        for phrase in phrases where phrase.words.count <= words.count && phrase.words.count > (best?.1 ?? 0) {
            guard let verb = byNoun[phrase.singular], words.starts(with: phrase.words) else { continue }
            best = (verb, phrase.words.count)
        }
        return best
    }

    /// The verb `command` names and how many of its first arguments spell the noun (`create
    /// function version` uses two): a noun's verb when written as a command whose first bare words
    /// spell one, else the noun-less verb of the name; nil when it names neither.
    func resolve(_ command: Command, isCall: Bool) -> (verb: Verb, nounLength: Int)? {
        if !isCall, !nounOrder.isEmpty, let (verb, length) = resolve(words: command.leadingWords) { return (verb, length) }
        return plain.map { ($0, 0) }
    }

    /// All noun spellings for suggestions.
    var nounSpellings: [String] {
        nounOrder.flatMap { [$0.singular, $0.plural] }
    }
}

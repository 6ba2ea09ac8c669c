import BuildScript

/// The greyed hint after a verb and noun: the parameters not yet given (redis-cli style),
/// e.g. `create build ` → `[functions=LIST] [assets=LIST] runtime=STRING`.
struct ShellHinter {
    let interpreter: Interpreter

    func hint(for line: String) -> String? {
        let statement = line.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? line
        var words = statement.split(separator: " ").map(String.init)
        if words.first == "let", words.count >= 3, words[2] == "=" {
            words.removeFirst(3)
        }
        guard let verbName = words.first else { return nil }
        let rest = Array(words.dropFirst())
        guard let (verb, nounWordCount) = resolve(verbName, rest, endsWithSpace: line.hasSuffix(" ")) else { return nil }
        let given = Set(rest.dropFirst(nounWordCount).compactMap { $0.split(separator: "=").first.map(String.init) })
        let positionalGiven = rest.dropFirst(nounWordCount).filter { !$0.contains("=") }.count
        var parts: [String] = []
        var positionalIndex = 0
        for parameter in verb.parameters {
            if parameter.isPositional {
                defer { positionalIndex += 1 }
                if positionalIndex < positionalGiven { continue }
                let text = parameter.isVariadic ? "\(parameter.name)..." : parameter.name
                parts.append(parameter.isRequired ? text : "[\(text)]")
            } else if !given.contains(parameter.name) {
                let text = "\(parameter.name)=\(parameter.type.placeholder)"
                parts.append(parameter.isRequired ? text : "[\(text)]")
            }
        }
        guard !parts.isEmpty else { return nil }
        let lead = line.hasSuffix(" ") ? "" : " "
        return lead + parts.joined(separator: " ")
    }

    /// The verb for the first words of a statement: a verb with a one- or two-word noun, or a
    /// noun-less verb; also how many words the noun took.
    private func resolve(_ verbName: String, _ rest: [String], endsWithSpace: Bool) -> (Verb, Int)? {
        if rest.count >= 2, let verb = interpreter.verb(named: verbName, exactNoun: rest[0] + " " + rest[1]) {
            return (verb, 2)
        }
        if let first = rest.first, let verb = interpreter.verb(named: verbName, exactNoun: first) {
            return (verb, 1)
        }
        if let verb = interpreter.verb(named: verbName), !rest.isEmpty || endsWithSpace {
            return (verb, 0)
        }
        return nil
    }
}

extension Interpreter {
    /// The verb for `name` whose noun is exactly `phrase` (singular or plural), not merely
    /// starting with it.
    func verb(named name: String, exactNoun phrase: String) -> Verb? {
        guard let verb = verb(named: name, noun: phrase), let noun = verb.noun,
            noun.singular == phrase || noun.plural == phrase
        else { return nil }
        return verb
    }
}

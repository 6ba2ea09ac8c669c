/// The `help` overview: the commands grouped (the host's groups, then the functions library by
/// library, the language's words, the host's own sections), each line fitted to the layout's width,
/// only what works listed (no entry that exists to explain a refusal), ending with the commands to
/// try first.
struct HelpOverview {
    let verbs: [Verb]
    let layout: HelpLayout

    /// The overview's text, no line wider than the layout's width.
    func render() -> String {
        let width = max(40, layout.width)
        var lines: [String] = []
        let listed = verbs.filter { !$0.isRefusal }
        let library = Set(StandardLibrary.allCases.flatMap { StandardLibraries.verbs(of: $0).map(\.name) })
        let hostVerbs = listed.filter { !library.contains($0.name) || $0.helpGroup != nil }
        var groups: [String] = []
        for verb in hostVerbs where !groups.contains(verb.helpGroup ?? "Commands") { groups.append(verb.helpGroup ?? "Commands") }
        // The largest group first (a host's resource verbs before its workflows); ties keep their order.
        let sizes = Dictionary(grouping: hostVerbs, by: { $0.helpGroup ?? "Commands" }).mapValues(\.count)
        groups = groups.enumerated().sorted { (-(sizes[$0.element] ?? 0), $0.offset) < (-(sizes[$1.element] ?? 0), $1.offset) }.map(\.element)
        for group in groups {
            let members = hostVerbs.filter { ($0.helpGroup ?? "Commands") == group }
            let entries = Self.entries(members)
            let hasNounLists = entries.contains { $0.nounList }
            lines.append("\(group) (help \(hasNounLists ? "VERB NOUN" : "NAME") for one):")
            lines += Self.table(entries.map { ($0.name, $0.summary) }, width: width)
        }
        let names = Set(listed.map(\.name))
        let libraries = StandardLibrary.allCases.compactMap { library -> (name: String, summary: String)? in
            let functions = StandardLibraries.verbs(of: library).map(\.name).filter(names.contains)
            return functions.isEmpty ? nil : (library.rawValue, functions.joined(separator: " "))
        }
        if !libraries.isEmpty {
            lines.append("Functions by library (help NAME):")
            lines += Self.table(libraries, width: width)
        }
        lines.append("Language words (help WORD):")
        lines += Self.wrap(LanguageHelp.words.joined(separator: " "), width: width, indent: 2)
        for section in layout.hostSections {
            lines.append(section.title + ":")
            lines += Self.table(section.entries, width: width)
        }
        if !layout.tryFirst.isEmpty {
            lines.append("Try first:")
            lines += layout.tryFirst.flatMap { Self.wrap($0, width: width, indent: 2) }
        }
        return lines.joined(separator: "\n")
    }

    /// One entry a verb name: its nouns when it has several (`create  service, function, …`), else
    /// the verb as typed with its summary (`remove service  Remove a service…`).
    static func entries(_ members: [Verb]) -> [(name: String, summary: String, nounList: Bool)] {
        var names: [String] = []
        for verb in members where !names.contains(verb.name) { names.append(verb.name) }
        return names.map { name in
            let forms = members.filter { $0.name == name }
            let nouns = forms.compactMap(\.noun)
            if nouns.count > 1 { return (name, nouns.map(\.singular).joined(separator: ", "), true) }
            let verb = forms.first { $0.noun != nil } ?? forms[0]
            guard let noun = verb.noun else { return (name, verb.summary, false) }
            // The noun as the example writes it (`tail logs`), else singular.
            let spelled = verb.example?.hasPrefix("\(name) \(noun.plural)") == true ? noun.plural : noun.singular
            return ("\(name) \(spelled)", verb.summary, false)
        }
    }

    /// Two columns: the names, then their text wrapped under itself.
    static func table(_ entries: [(name: String, summary: String)], width: Int) -> [String] {
        let nameWidth = min(width / 3, (entries.map(\.name.count).max() ?? 0) + 2)
        return entries.flatMap { entry -> [String] in
            let head = "  " + entry.name
            guard head.count + 1 < 2 + nameWidth else {
                // A name wider than its column stands on a line of its own.
                return [head] + wrap(entry.summary, width: width, indent: 2 + nameWidth)
            }
            var lines = wrap(entry.summary, width: width, indent: 2 + nameWidth)
            if lines.isEmpty { return [head] }
            lines[0] = head.padding(toLength: 2 + nameWidth, withPad: " ", startingAt: 0) + lines[0].dropFirst(2 + nameWidth)
            return lines
        }
    }

    /// `text` in lines of at most `width` characters, each indented by `indent` spaces; a word
    /// longer than a line is cut.
    static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
        let room = max(1, width - indent)
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for var word in text.split(separator: " ").map(String.init) {
            while word.count > room {
                if !line.isEmpty { lines.append(pad + line); line = "" }
                lines.append(pad + word.prefix(room))
                word = String(word.dropFirst(room))
            }
            if line.isEmpty {
                line = word
            } else if line.count + 1 + word.count <= room {
                line += " " + word
            } else {
                lines.append(pad + line)
                line = word
            }
        }
        if !line.isEmpty { lines.append(pad + line) }
        return lines
    }
}

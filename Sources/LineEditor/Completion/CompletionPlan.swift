/// What pressing Tab does to the line, decided from a `Completions` and the partial word typed.
enum CompletionPlan: Equatable {
    /// Nothing fits: ring the bell.
    case nothing
    /// Replace the last `deleting` characters before the cursor with `inserting`.
    case replace(deleting: Int, inserting: String)
    /// Several candidates share no longer prefix than what is typed: show them.
    case list([String])

    /// Characters after which a sole completion does not get a trailing space, because the user
    /// is expected to keep typing (a folder, a parameter's value, a field, a call).
    static let continuingSuffixes: Set<Character> = ["/", "=", ".", "(", ":"]

    /// Plans the edit for `completion` given the `typed` partial word.
    init(_ completion: Completions, typed: String) {
        var seen = Set<String>()
        let candidates = completion.candidates.filter { seen.insert($0).inserted }
        switch candidates.count {
        case 0:
            self = .nothing
        case 1:
            let only = candidates[0]
            let continues = !completion.appendsSpace || only.last.map { Self.continuingSuffixes.contains($0) } == true
            let space = continues ? "" : " "
            self = .replace(deleting: completion.replacing, inserting: only + space)
        default:
            let prefix = Self.commonPrefix(of: candidates)
            if prefix.count > typed.count || (prefix.count == typed.count && prefix != typed && !prefix.isEmpty) {
                self = .replace(deleting: completion.replacing, inserting: prefix)
            } else {
                self = .list(candidates)
            }
        }
    }

    /// The longest run of characters every candidate starts with.
    static func commonPrefix(of candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let length = zip(prefix, candidate).prefix { $0 == $1 }.count
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }
}

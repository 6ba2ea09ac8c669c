import ServerlessClient

/// The nouns the verbs know: everything the Serverless v1 spec declares (``fromSpec``, generated)
/// plus what the spec lacks (``withAdditions(_:)``). `help`, argument checking and completion all read it.
public enum NounTable {
    /// Every noun, in the order `help` lists them.
    public static let all: [ResourceNoun] = fromSpec.map(withAdditions)

    /// The noun spelled `word` (singular or plural, any case), if any.
    public static func noun(named word: String) -> ResourceNoun? {
        let key = word.lowercased()
        return all.first { $0.name == key || $0.plural == key }
    }

    /// The noun of a client resource.
    public static func noun(_ kind: ResourceKind) -> ResourceNoun {
        byKind[kind]!  // the generator writes one noun for every kind
    }

    private static let byKind = Dictionary(uniqueKeysWithValues: all.map { ($0.kind, $0) })

    /// Every spelling a script may use for a noun (singular and plural), for completion.
    public static var spellings: [String] { all.flatMap { [$0.name, $0.plural] } }

    /// The nouns that support `action`.
    public static func nouns(supporting action: NounAction) -> [ResourceNoun] {
        all.filter { $0.operations[action] != nil }
    }

    /// The noun whose records look like `fields` with a `sid` of this prefix, used to pick the default
    /// columns of a table. Functions and assets share `ZH`, versions and version contents `ZN`, builds
    /// and build statuses `ZB`: the first noun whose default columns are all present wins.
    public static func noun(forSID sid: String, fields: Set<String>) -> ResourceNoun? {
        let candidates = all.filter { sid.hasPrefix($0.sidPrefix) }
        return candidates.first { Set($0.defaultColumns).isSubset(of: fields) } ?? candidates.first
    }
}

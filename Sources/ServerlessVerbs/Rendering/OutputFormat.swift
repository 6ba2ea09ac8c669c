import BuildScript

/// How results are printed: `-o table|json|ndjson|tsv` on the command line, `.mode` in the REPL.
///
/// - `table`: records as aligned key/value blocks, lists of records as aligned tables whose
///   default columns are the resource's `x-twilio.defaultOutputProperties` (as twilio-cli shows).
/// - `json`: one JSON document (indented), valid for `jq`.
/// - `ndjson`: one compact JSON document per line; a list prints one line per element.
/// - `tsv`: a header row of field names, then one tab-separated row per record.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned, for people.
    case table
    /// One indented JSON document.
    case json
    /// One JSON document per line.
    case ndjson
    /// Tab-separated values with a header row.
    case tsv

    /// The text of `value` in this format, without a trailing newline; empty for `null` (a
    /// statement without a result prints nothing). Streams must be read first (see
    /// ``VerbSession/render(_:)``, which does). A `table` is fitted to `width` columns when given
    /// (a terminal's): the widest columns give way first, cut with `…`.
    public func render(_ value: Value, width: Int? = nil) -> String {
        if value == .null { return "" }
        switch self {
        case .table: return TableText.render(value, width: width)
        case .json: return value.toJSON(pretty: true)
        case .ndjson:
            if case .list(let items) = value { return items.map { $0.toJSON() }.joined(separator: "\n") }
            return value.toJSON()
        case .tsv: return TSVText.render(value)
        }
    }

    /// The format spelled `name` (`table`, `json`, `ndjson`, `tsv`), any case.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }
}

import BuildScript

/// Turns a result into text for the chosen output mode. Streams (paged listings) are read here.
enum ValuePrinter {
    /// The text for `value` in `mode`, ending in a newline (empty for `null` in table mode).
    static func text(for value: Value, mode: OutputMode) async throws -> String {
        var value = value
        if case .stream(let stream) = value {
            value = .list(try await stream.collect())
        }
        switch mode {
        case .json:
            return value.toJSON(pretty: true) + "\n"
        case .ndjson:
            if case .list(let items) = value {
                return items.map { $0.toJSON() + "\n" }.joined()
            }
            return value.toJSON() + "\n"
        case .tsv, .table:
            if case .null = value { return "" }
            return value.description + "\n"
        }
    }
}

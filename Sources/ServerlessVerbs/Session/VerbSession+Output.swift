import BuildScript

extension VerbSession {
    /// The text of `value` in the session's output format (streams are read to the end), without a
    /// trailing newline; empty when there is nothing to print.
    public func render(_ value: Value) async throws -> String {
        outputFormat.render(try await Value.drained(value))
    }

    /// Writes `value` through `write`, line by line as a stream produces records in `ndjson` and
    /// `tsv` (so `list builds -o ndjson` prints as pages arrive); other formats are written whole.
    /// Each piece written ends with a newline; nothing is written for `null`.
    public func write(_ value: Value, to write: @Sendable (String) -> Void) async throws {
        let format = outputFormat
        guard case .stream(let stream) = value, format == .ndjson || format == .tsv else {
            let text = try await render(value)
            if !text.isEmpty { write(text + "\n") }
            return
        }
        var iterator = stream.makeIterator()
        var columns: [String]?
        while let item = try await iterator.next() {
            try Task.checkCancellation()
            let drained = try await Value.drained(item)
            switch (format, drained) {
            case (.tsv, .record(let fields)):
                if columns == nil {
                    let chosen = TableColumns.columns(for: [fields])
                    columns = chosen
                    write(chosen.joined(separator: "\t") + "\n")
                }
                write(TSVText.row(fields, columns: columns ?? []) + "\n")
            case (.tsv, _):
                write(TSVText.field(drained) + "\n")
            default:
                write(drained.toJSON() + "\n")
            }
        }
    }
}

import BuildScript

extension VerbSession {
    /// The text of `value` in the session's output format (streams are read to the end), without a
    /// trailing newline; empty when there is nothing to print. In presenter mode the value is first
    /// made into what may be shown (``PresenterMode/displayed(_:in:credentials:)``).
    public func render(_ value: Value) async throws -> String {
        let format = outputFormat
        return format.render(shown(try await Value.drained(value), in: format), width: options.terminalWidth?())
    }

    /// `value` as presenter mode shows it in `format`; when the mode is off, a table's strings with
    /// the account's secret redacted inside each: a table cuts long cells to the terminal's width,
    /// and a secret cut short no longer matches when the text is redacted after.
    private func shown(_ value: Value, in format: OutputFormat) -> Value {
        let credentials = executor.client.configuration?.credentials
        if options.presenter.isOn { return options.presenter.displayed(value, in: format, credentials: credentials) }
        guard format == .table, let credentials else { return value }
        return value.mappingStrings(credentials.redacting)
    }

    /// ``render(_:)`` with the account's secret redacted, for verbs that draw the text themselves.
    func renderRedacted(_ value: Value) async throws -> String {
        redacted(try await render(value))
    }

    /// Writes a line of printed text, with the account's secret redacted.
    public func writeText(_ text: String, to output: @Sendable (String) -> Void) {
        output(redacted(text) + "\n")
    }

    /// `text` without the account's secret, and in presenter mode without the account's and API
    /// key's SIDs and variable values. Read each time: a client that starts its backend on first
    /// use learns its secret mid-stream.
    private func redacted(_ text: String) -> String {
        let credentials = executor.client.configuration?.credentials
        return options.presenter.masking(credentials?.redacting(text) ?? text, credentials: credentials)
    }

    /// Writes `value` through `write`, line by line as a stream produces records in `ndjson` and
    /// `tsv` (so `list builds -o ndjson` prints as pages arrive); other formats are written whole.
    /// Each piece written ends with a newline; nothing is written for `null`. The account's secret
    /// is redacted from everything written (a server may echo it back in any field).
    ///
    /// Errors raised while a stream is read (a failing page, a `where` condition, cancellation)
    /// are thrown after whatever was already written: the caller reports them as the statement's.
    public func write(_ value: Value, to output: @Sendable (String) -> Void) async throws {
        let format = outputFormat
        func write(_ text: String) { output(redacted(text)) }
        guard case .stream(let stream) = value, format == .ndjson || format == .tsv else {
            let text = try await render(value)
            if !text.isEmpty { write(text + "\n") }
            return
        }
        var iterator = stream.makeIterator()
        var columns: [String]?
        while let item = try await iterator.next() {
            try Task.checkCancellation()
            let drained = shown(try await Value.drained(item), in: format)
            switch (format, drained) {
            case (.tsv, .record(let fields)):
                if columns == nil {
                    let chosen = TableColumns.columns(for: [fields])
                    columns = chosen
                    write(TSVText.header(chosen) + "\n")
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

extension PresenterMode {
    /// The body of a `--verbose` trace as shown: when on, a variable's value is hidden in a request's
    /// form (`Value=…`) and in a response's JSON (`"value": "…"`, cut or not). The trace shows them
    /// before any result has told presenter mode the value, so searching for remembered values
    /// cannot hide them; unchanged when off.
    public func traced(body: String) -> String {
        guard isOn else { return body }
        return Self.hidingVariableValues(inTrace: body)
    }

    static func hidingVariableValues(inTrace body: String) -> String {
        body
            .replacing(#/(^|&)Value=[^&]*/#) { "\($0.output.1)Value=\(mark)" }
            .replacing(#/"value"(\s*):(\s*)"(?:[^"\\]|\\.)*("|\\?$)/#) { match in
                "\"value\"\(match.output.1):\(match.output.2)\"\(mark)\""
            }
    }
}

import BuildScript
import ServerlessClient

/// The client's failures as a script sees them, declared once: a Twilio error keeps its message as
/// Twilio wrote it and its code (`$e.message`, `$e.code` in `catch`; diagnostics show
/// "error 20001:"), with the HTTP status, request and documentation link in `$e.details`. Other
/// failures (timeouts, refused URLs, …) give the client's explanation, without a code.
extension ServerlessError: ScriptError {
    /// Twilio's message (with its detail when it adds something), else the client's explanation.
    public var scriptMessage: String {
        guard case .api(let failure) = self else { return description }
        guard let detail = failure.detail, !detail.isEmpty, detail != failure.message else { return failure.message }
        return failure.message + " — " + detail
    }

    /// Twilio's error code, else the HTTP status of an error answer.
    public var scriptCode: Int? {
        guard case .api(let failure) = self else { return nil }
        return failure.code ?? failure.status
    }

    /// `{status, method, path, more_info}` of an error answer.
    public var scriptDetails: Value? {
        guard case .api(let failure) = self else { return nil }
        return [
            "status": .number(Double(failure.status)),
            "method": .string(failure.request.method),
            "path": .string(failure.request.path),
            "more_info": failure.moreInfo.map(Value.string) ?? .null,
        ]
    }
}

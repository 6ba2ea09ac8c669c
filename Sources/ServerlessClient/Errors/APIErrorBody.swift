import Foundation

/// Reads a Twilio error body in any of its shapes: the classic
/// `{"code", "message", "more_info", "status"}` (optionally with `details`), the camelCase 429 shape
/// `{"status", "message", "detail", "code", "moreInfo"}`, and non-JSON bodies.
enum APIErrorBody {
    /// Builds the failure for an error response.
    static func failure(
        status: Int, reason: String, body: Data, request: ServerlessError.Request
    ) -> ServerlessError.APIFailure {
        let fields = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        let message = string(fields["message"]) ?? plainTextMessage(body) ?? reason
        return ServerlessError.APIFailure(
            status: status,
            code: integer(fields["code"]),
            message: message,
            moreInfo: string(fields["more_info"]) ?? string(fields["moreInfo"]),
            detail: string(fields["detail"]) ?? json(fields["details"]),
            request: request
        )
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String, !text.isEmpty else { return nil }
        return text
    }

    private static func integer(_ value: Any?) -> Int? {
        if let number = value as? Int { return number }
        if let text = value as? String { return Int(text) }
        return nil
    }

    private static func json(_ value: Any?) -> String? {
        guard let value, !(value is NSNull) else { return nil }
        if let text = value as? String { return text.isEmpty ? nil : text }
        guard JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// A short non-JSON body (e.g. a proxy's HTML error page is skipped, plain text kept).
    private static func plainTextMessage(_ body: Data) -> String? {
        guard !body.isEmpty, body.count <= 500 else { return nil }
        let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, !text.hasPrefix("<"), !text.hasPrefix("{") else { return nil }
        return text
    }
}

import Foundation

/// Where requests go: the API host and the upload host (Function and Asset Version uploads).
public struct Endpoints: Sendable, Hashable, CustomStringConvertible {
    /// The API base URL without a trailing slash, e.g. `https://serverless.twilio.com`.
    public var apiBaseURL: String
    /// The upload base URL without a trailing slash, e.g. `https://serverless-upload.twilio.com`.
    public var uploadBaseURL: String

    /// Twilio's hosts, regional when `region` or `edge` is given, as twilio-cli builds them:
    /// `serverless.{edge}.{region}.twilio.com` (edge without region means region `us1`),
    /// or `serverless.{region}.twilio.com` with a region alone. `region` and `edge` must pass
    /// ``isHostPart(_:)``; ``ServerlessClient/Configuration/fromEnvironment(_:)`` checks them.
    public static func twilio(region: String? = nil, edge: String? = nil) -> Endpoints {
        Endpoints(
            apiBaseURL: "https://" + host(product: "serverless", region: region, edge: edge),
            uploadBaseURL: "https://" + host(product: "serverless-upload", region: region, edge: edge)
        )
    }

    /// One base URL for both API and uploads (the `BUILDSH_API_URL` override; how the sandbox is reached).
    /// Returns `nil` unless `baseURL` is an absolute `http`/`https` URL with a host and no user info.
    public static func single(_ baseURL: String) -> Endpoints? {
        guard validationProblem(baseURL) == nil else { return nil }
        var trimmed = baseURL
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        return Endpoints(apiBaseURL: trimmed, uploadBaseURL: trimmed)
    }

    /// Makes endpoints from two base URLs as given (a trailing slash is removed).
    public init(apiBaseURL: String, uploadBaseURL: String) {
        self.apiBaseURL = Self.trimmingSlashes(apiBaseURL)
        self.uploadBaseURL = Self.trimmingSlashes(uploadBaseURL)
    }

    /// `api <url>, upload <url>`.
    public var description: String { "api \(apiBaseURL), upload \(uploadBaseURL)" }

    /// Whether `text` has the form of a Twilio region or edge (`ie1`, `us1`, `dublin`): lower-case
    /// ASCII letters, digits and hyphens, nothing else. Anything else (`x.evil.com/`) would change
    /// the host name that ``twilio(region:edge:)`` builds, so callers check values they did not write.
    public static func isHostPart(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// Why `text` cannot be a base URL, or `nil` when it can.
    static func validationProblem(_ text: String) -> String? {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https"
        else { return "expected an absolute http:// or https:// URL" }
        guard let host = components.host, !host.isEmpty else { return "the URL has no host" }
        if components.user != nil || components.password != nil {
            return "credentials in the URL are not supported; use the TWILIO_* variables"
        }
        return nil
    }

    private static func host(product: String, region: String?, edge: String?) -> String {
        let region = nonEmpty(region) ?? (nonEmpty(edge) == nil ? nil : "us1")
        // Concatenated rather than `joined`: the generic `joined` costs a conformance scan at start-up.
        var host = product
        for part in [nonEmpty(edge), region].compactMap({ $0 }) { host += "." + part }
        return host + ".twilio.com"
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private static func trimmingSlashes(_ text: String) -> String {
        var trimmed = text
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }
}

import Foundation

/// The rule that keeps credentials on the configured hosts: a request goes only to the scheme, host
/// and port of the API or upload base URL, never with user info in its URL.
extension Endpoints {
    /// Why a request must not be sent to `url`, or `nil` when it may.
    public func destinationProblem(_ url: String) -> String? {
        guard let target = Origin(url) else { return "it is not an absolute http:// or https:// URL" }
        if target.hasUserInfo { return "it carries user info ('@')" }
        let allowed = [Origin(apiBaseURL), Origin(uploadBaseURL)].compactMap { $0 }
        if allowed.contains(where: { $0.sameOrigin(as: target) }) { return nil }
        return "it points at \(target), not the configured API host \(Origin(apiBaseURL)?.description ?? apiBaseURL)"
    }

    /// The absolute URL of a `next_page_url`: one on the configured API origin as given, or a path
    /// starting with `/` on that origin. Anything else (another host, port or scheme, user info, a
    /// protocol-relative `//host` or a scheme-less reference) is refused and nothing is sent.
    public func nextPageURL(_ next: String) throws(ServerlessError) -> String {
        if next.hasPrefix("/"), !next.hasPrefix("//") {
            guard let origin = Origin(apiBaseURL) else {
                throw .refusedURL(url: ServerText.escaped(next), field: "next_page_url", reason: "the API base URL is not usable")
            }
            return origin.text + next
        }
        if Origin(next) == nil {
            throw .refusedURL(url: ServerText.escaped(next), field: "next_page_url",
                              reason: "it is neither an absolute URL nor a path starting with '/'")
        }
        if let problem = destinationProblem(next) ?? apiOriginProblem(next) {
            throw .refusedURL(url: ServerText.escaped(next), field: "next_page_url", reason: problem)
        }
        return next
    }

    /// A next page must come from the API host itself, not the upload host.
    private func apiOriginProblem(_ url: String) -> String? {
        guard let target = Origin(url), let api = Origin(apiBaseURL), !api.sameOrigin(as: target) else { return nil }
        return "it points at \(target), not the configured API host \(api)"
    }
}

/// Scheme, host and port of an absolute http(s) URL.
private struct Origin: CustomStringConvertible {
    let scheme: String
    let host: String
    let port: Int
    let hasUserInfo: Bool

    init?(_ url: String) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        self.scheme = scheme
        self.host = host
        port = components.port ?? (scheme == "https" ? 443 : 80)
        hasUserInfo = components.user != nil || components.password != nil
    }

    func sameOrigin(as other: Origin) -> Bool {
        scheme == other.scheme && host == other.host && port == other.port
    }

    /// `scheme://host:port`.
    var text: String { "\(scheme)://\(host.contains(":") ? "[\(host)]" : host):\(port)" }

    var description: String { text }
}

import Foundation

/// The rule that keeps credentials on the configured hosts: a request goes only to the scheme, host
/// and port of the API or upload base URL, never with user info in its URL; a `next_page_url` is
/// always followed on the API host.
extension Endpoints {
    /// Why a request must not be sent to `url`, or `nil` when it may.
    public func destinationProblem(_ url: String) -> String? {
        guard let target = Origin(url) else { return "it is not an absolute http:// or https:// URL" }
        if target.hasUserInfo { return "it carries user info ('@')" }
        let allowed = [Origin(apiBaseURL), Origin(uploadBaseURL)].compactMap { $0 }
        if allowed.contains(where: { $0.sameOrigin(as: target) }) { return nil }
        return "it points at \(target), not the configured API host \(Origin(apiBaseURL)?.description ?? apiBaseURL)"
    }

    /// The absolute URL of a `next_page_url`, always on the configured API host:
    ///
    /// - an absolute URL on the API origin is followed as given;
    /// - an absolute `http(s)` URL on another host, port or scheme (the API behind a reverse proxy or
    ///   an API gateway writes its own host) has its path and query followed on the API base URL;
    /// - a path starting with `/` is followed on the API origin.
    ///
    /// Malformed forms are refused and nothing is sent: user info (`http://a@b/…`, `@host/…`), a
    /// protocol-relative `//host/…`, another scheme than `http`/`https`, or a relative reference.
    public func nextPageURL(_ next: String) throws(ServerlessError) -> String {
        func refuse(_ reason: String) -> ServerlessError {
            .refusedURL(url: ServerText.escaped(next), field: "next_page_url", reason: reason)
        }
        if next.hasPrefix("/"), !next.hasPrefix("//") {
            guard let origin = Origin(apiBaseURL) else { throw refuse("the API base URL is not usable") }
            return origin.text + next
        }
        guard let target = Origin(next) else {
            throw refuse("it is neither an absolute http:// or https:// URL nor a path starting with '/'")
        }
        if target.hasUserInfo { throw refuse("it carries user info ('@')") }
        guard let api = Origin(apiBaseURL) else { throw refuse("the API base URL is not usable") }
        if api.sameOrigin(as: target) { return next }
        return apiBaseURL + target.pathAndQuery
    }
}

/// Scheme, host and port of an absolute http(s) URL.
private struct Origin: CustomStringConvertible {
    let scheme: String
    let host: String
    let port: Int
    let hasUserInfo: Bool
    /// The path (`/` when empty) and query as written, without a fragment.
    let pathAndQuery: String

    init?(_ url: String) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        self.scheme = scheme
        self.host = host
        port = components.port ?? (scheme == "https" ? 443 : 80)
        hasUserInfo = components.user != nil || components.password != nil
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        pathAndQuery = components.percentEncodedQuery.map { path + "?" + $0 } ?? path
    }

    func sameOrigin(as other: Origin) -> Bool {
        scheme == other.scheme && host == other.host && port == other.port
    }

    /// `scheme://host:port`.
    var text: String { "\(scheme)://\(host.contains(":") ? "[\(host)]" : host):\(port)" }

    var description: String { text }
}

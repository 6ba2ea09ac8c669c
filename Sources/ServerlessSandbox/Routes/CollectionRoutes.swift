import Hummingbird

/// A route handler of the sandbox's API.
typealias SandboxHandler = @Sendable (Request, SandboxRequestContext) async throws -> Response

extension RouterGroup where Context == SandboxRequestContext {
    /// Registers one resource family the way Twilio lays out every one: `GET` (list) and `POST`
    /// (create) on `collection`, `GET` (fetch), `POST` (update) and `DELETE` on `collection/{item}`.
    /// An operation the family does not offer on Twilio is left out (`nil`), so it answers 404 there
    /// too.
    func collection(
        _ collection: String, item: String, list: @escaping SandboxHandler, create: SandboxHandler? = nil, fetch: @escaping SandboxHandler,
        update: SandboxHandler? = nil, delete: SandboxHandler? = nil
    ) {
        let one = RouterPath(collection + "/{\(item)}")
        get(RouterPath(collection), use: list)
        if let create { post(RouterPath(collection), use: create) }
        get(one, use: fetch)
        if let update { post(one, use: update) }
        if let delete { self.delete(one, use: delete) }
    }
}

import Hummingbird

/// Turns every failure into Twilio's error body: an unknown route becomes 20404 with the path, any
/// unexpected error a 500 without internals (they go to the log instead).
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as SandboxAPIError {
            throw error
        } catch let error as HTTPError where error.status == .notFound || error.status == .methodNotAllowed {
            throw SandboxAPIError.notFound(request.apiPath)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw SandboxAPIError(status: .contentTooLarge, code: 20001, message: "The request body is too large")
        } catch {
            context.logger.error("sandbox: \(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            throw SandboxAPIError(status: .internalServerError, code: 20500, message: "Internal Server Error")
        }
    }
}

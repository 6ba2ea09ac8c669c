import Hummingbird
import NIOCore

/// Counts authenticated API requests and applies the armed faults of the request's account (it runs
/// after authentication, so a request with bad credentials never meets a fault). The control routes
/// under `/sandbox/` are neither counted nor faulted.
struct FaultMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let faults: SandboxFaults
    let log: RequestLog

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard !request.isControlRequest, let account = context.account else { return try await next(request, context) }
        let method = request.method.rawValue
        log.record(account: account.sid, method: method, path: path)
        guard let fault = faults.consume(account: account.sid, method: method, path: path) else { return try await next(request, context) }
        switch fault.phase {
        case .beforeHandling:
            throw Self.error(for: fault)
        case .dropBeforeHandling:
            return try await drop(context)
        case .afterHandling:
            _ = try? await next(request, context)
            throw Self.error(for: fault)
        case .dropConnection:
            _ = try? await next(request, context)
            return try await drop(context)
        }
    }

    static func error(for fault: SandboxFault) -> SandboxAPIError {
        let status = HTTPResponse.Status(code: (100...599).contains(fault.status) ? fault.status : 500)
        if fault.status == 429 {
            var error = SandboxAPIError.tooManyRequests(retryAfter: fault.retryAfter)
            error.code = fault.code
            return error
        }
        return SandboxAPIError(status: status, code: fault.code, message: "Injected fault: \(status.reasonPhrase)", retryAfter: fault.retryAfter)
    }

    /// Closes the connection; the response returned afterwards can no longer be written.
    private func drop(_ context: Context) async throws -> Response {
        try? await context.channel.close()
        return Response(status: .internalServerError)
    }
}

import AsyncHTTPClient
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How one attempt ended, reduced to what the retry rules need.
enum AttemptResult: Sendable {
    /// The server answered.
    case response(status: Int, retryAfter: Duration?)
    /// No answer: `sent` tells whether the request may have reached the server.
    case failure(TransportFailure)
}

/// A failed attempt without a response.
struct TransportFailure: Sendable, Equatable {
    /// Whether any of the request may have reached the server.
    var mayHaveReachedServer: Bool
    /// Whether the failure was a timeout.
    var isTimeout: Bool
    /// A short explanation for errors and logs.
    var reason: String

    /// Classifies an AsyncHTTPClient / NIO error. The reasons are plain words (never a type's dump).
    static func classify(_ error: any Error) -> TransportFailure {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout,
                 .socksHandshakeTimeout, .httpProxyHandshakeTimeout:
                return TransportFailure(mayHaveReachedServer: false, isTimeout: true, reason: "could not connect in time")
            case .readTimeout, .deadlineExceeded, .writeTimeout:
                return TransportFailure(mayHaveReachedServer: true, isTimeout: true, reason: "no answer in time")
            case .remoteConnectionClosed:
                return TransportFailure(mayHaveReachedServer: true, isTimeout: false, reason: "the server closed the connection")
            default:
                return TransportFailure(
                    mayHaveReachedServer: true, isTimeout: false, reason: "the exchange failed (\(Self.words(error)))")
            }
        }
        if let error = error as? NIOConnectionError {
            let cause = error.connectionErrors.first.map { Self.words($0.error) }
            return TransportFailure(
                mayHaveReachedServer: false, isTimeout: false, reason: "could not connect" + (cause.map { ": \($0)" } ?? ""))
        }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return TransportFailure(mayHaveReachedServer: false, isTimeout: true, reason: "could not connect in time")
        }
        if let error = error as? IOError, [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(error.errnoCode) {
            return TransportFailure(mayHaveReachedServer: false, isTimeout: false, reason: "could not connect: \(Self.words(error))")
        }
        return TransportFailure(mayHaveReachedServer: true, isTimeout: false, reason: "the connection failed (\(Self.words(error)))")
    }

    /// An error in words: the system's text for an errno, else the error's own description with any
    /// `Type.` prefix left out.
    static func words(_ error: any Error) -> String {
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)) }
        var text = String(describing: error)
        if let dot = text.firstIndex(of: "."), text[..<dot].allSatisfy({ $0.isLetter }), text.first?.isUppercase == true {
            text = String(text[text.index(after: dot)...])
        }
        return text.split(separator: "(").first.map(String.init) ?? text
    }
}

/// What to do after an attempt: the retry rules of ``RetryPolicy`` as a pure function.
enum RetryDecision: Equatable, Sendable {
    /// The response is the result.
    case succeed
    /// A retried DELETE got 404: an earlier attempt deleted the resource.
    case succeedAlreadyDeleted
    /// Wait (honouring `retryAfter` when given) and try again.
    case retry(retryAfter: Duration?, reason: String)
    /// Stop: the response is an API error to report.
    case failWithResponse
    /// Stop: a POST may have been carried out.
    case failOutcomeUnknown(reason: String)

    /// Decides after attempt `result` of a `method` request; `earlierMayHaveReached` tells whether
    /// a previous attempt of the same request may have reached the server.
    static func decide(method: String, result: AttemptResult, earlierMayHaveReached: Bool) -> RetryDecision {
        let idempotent = method != "POST"
        switch result {
        case .response(let status, let retryAfter):
            switch status {
            case 200..<300:
                return .succeed
            case 404 where method == "DELETE" && earlierMayHaveReached:
                return .succeedAlreadyDeleted
            case 429, 503:
                return .retry(retryAfter: retryAfter, reason: "HTTP \(status)")
            case 500..<600:
                return idempotent
                    ? .retry(retryAfter: retryAfter, reason: "HTTP \(status)")
                    : .failOutcomeUnknown(reason: "the server answered HTTP \(status)")
            default:
                return .failWithResponse
            }
        case .failure(let failure):
            if !failure.mayHaveReachedServer || idempotent {
                return .retry(retryAfter: nil, reason: failure.reason)
            }
            return .failOutcomeUnknown(reason: failure.reason)
        }
    }
}

import Foundation
import Logging
import NIOHTTP1

/// Turns transport steps into ``ExchangeEvent``s for the observer and the logger, with the
/// `Authorization` header redacted and any stray occurrence of the secret masked.
struct ExchangeObservation: Sendable {
    let observer: ExchangeObserver?
    let logger: Logger
    let credentials: Credentials

    /// Bodies shown in events are cut at this many bytes.
    static let bodyPreviewBytes = 4096

    private var isActive: Bool { observer != nil || logger.logLevel <= .debug }

    func request(_ request: APIRequest, headers: HTTPHeaders, attempt: Int) {
        guard isActive else { return }
        var body: String?
        switch request.body {
        case .form(let form): body = form.encoded
        case .multipart(let upload): body = "<multipart/form-data, \(upload.body.readableBytes) bytes>"
        case nil: body = nil
        }
        emit(ExchangeEvent(
            phase: .request, method: request.method.rawValue, url: request.url, attempt: attempt,
            headers: redacted(headers), body: body, elapsed: nil))
    }

    func response(
        _ request: APIRequest, status: Int, headers: HTTPHeaders, body: Data, attempt: Int, elapsed: Duration
    ) {
        guard isActive else { return }
        var text = String(decoding: body.prefix(Self.bodyPreviewBytes), as: UTF8.self)
        if body.count > Self.bodyPreviewBytes { text += "… (\(body.count) bytes)" }
        emit(ExchangeEvent(
            phase: .response(status: status), method: request.method.rawValue, url: request.url,
            attempt: attempt, headers: redacted(headers), body: text, elapsed: elapsed))
    }

    func failure(_ request: APIRequest, reason: String, attempt: Int) {
        guard isActive else { return }
        emit(ExchangeEvent(
            phase: .failure(reason: reason), method: request.method.rawValue, url: request.url,
            attempt: attempt, headers: [], body: nil, elapsed: nil))
    }

    func retryScheduled(_ request: APIRequest, attempt: Int, delay: Duration, reason: String) {
        guard isActive else { return }
        emit(ExchangeEvent(
            phase: .retryScheduled(after: delay, reason: reason), method: request.method.rawValue,
            url: request.url, attempt: attempt, headers: [], body: nil, elapsed: nil))
    }

    /// Hands the event on with everything in it made safe to show: the URL (a `next_page_url` may
    /// carry the token in its query) and failure reasons redacted, server text escaped, a body that
    /// shows the secret withheld.
    private func emit(_ event: ExchangeEvent) {
        var event = event
        event.url = ServerText.shown(event.url, redacting: credentials)
        event.body = event.body.map { ServerText.escaped(mask($0), keepingLineBreaks: true) }
        switch event.phase {
        case .failure(let reason):
            event.phase = .failure(reason: ServerText.shown(reason, redacting: credentials))
        case .retryScheduled(let delay, let reason):
            event.phase = .retryScheduled(after: delay, reason: ServerText.shown(reason, redacting: credentials))
        case .request, .response:
            break
        }
        observer?(event)
        logger.debug("\(event.description)")
    }

    private func redacted(_ headers: HTTPHeaders) -> [(name: String, value: String)] {
        headers.map { name, value in
            name.lowercased() == "authorization"
                ? (name, "Basic [redacted]") : (ServerText.escaped(name), ServerText.escaped(mask(value)))
        }
    }

    /// Replaces the secret if it somehow appears (e.g. echoed back by a server).
    private func mask(_ text: String) -> String {
        credentials.isRevealed(in: text) ? "[body withheld: it contains a credential]" : text
    }
}

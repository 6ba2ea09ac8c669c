import Foundation
import NIOCore
import NIOPosix
import ServerlessSandbox
import Synchronization
import Testing

/// A POST whose head was sent on a raw connection and whose body is held back, so that it stays in
/// flight — holding one of its account's concurrency slots — until `finish` sends the body.
///
/// The server's answer is collected as it arrives: a held request that arrived while the account
/// had no free slot is answered 429 at once and its connection closed, and `wasAnswered` tells so.
struct HeldRequest {
    let channel: any Channel
    let body: String
    private let answer: AnswerCollector

    /// Opens the connection, sends the head of `POST …/Functions` (`FriendlyName=held`) and returns
    /// once the sandbox has authenticated it: from then on it takes, or is refused, a slot without
    /// waiting for anything else. Reading the head may take seconds on a loaded machine.
    static func open(_ sandbox: SandboxHarness, service: String, patience: Duration = .seconds(60)) async throws -> HeldRequest {
        let counted = { sandbox.server.requestCount(method: "POST", pathContains: "/Functions") }
        let before = counted()
        let held = try await send(sandbox, service: service)
        let deadline = ContinuousClock.now + patience
        while counted() == before {
            guard ContinuousClock.now < deadline else { throw HeldRequestError.headNotRead(patience) }
            try await Task.sleep(for: .milliseconds(5))
        }
        return held
    }

    /// Opens the connection and sends the head; returns as soon as it is written, whether or not
    /// the sandbox has read it yet.
    static func send(_ sandbox: SandboxHarness, service: String) async throws -> HeldRequest {
        let port = try #require(sandbox.server.baseURL.port)
        let answer = AnswerCollector()
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(answer) }
            }
            .connect(host: "127.0.0.1", port: port).get()
        let body = "FriendlyName=held"
        let head = "POST /v1/Services/\(service)/Functions HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
            + "Authorization: \(SandboxHarness.basic(primaryAccount))\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n"
        try await channel.writeAndFlush(ByteBuffer(string: head)).get()
        return HeldRequest(channel: channel, body: body, answer: answer)
    }

    /// Whether the server has answered and closed the connection already (the request is no
    /// longer held: it was refused).
    var wasAnswered: Bool { !channel.isActive }

    /// What the server sent so far: the raw HTTP response.
    var answerText: String { answer.text }

    /// Sends the body and waits until the server has answered and closed the connection; returns
    /// the raw HTTP response.
    @discardableResult
    func finish() async throws -> String {
        try await channel.writeAndFlush(ByteBuffer(string: body)).get()
        try await channel.closeFuture.get()
        return answer.text
    }
}

/// Why a held request could not be set up.
enum HeldRequestError: Error, CustomStringConvertible {
    case headNotRead(Duration)

    var description: String {
        switch self {
        case let .headNotRead(patience): "the sandbox did not read the held request's head within \(patience)"
        }
    }
}

/// Keeps every byte a raw connection receives.
final class AnswerCollector: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    private let received = Mutex<[UInt8]>([])

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        received.withLock { $0.append(contentsOf: buffer.readableBytesView) }
    }

    var text: String { received.withLock { String(decoding: $0, as: UTF8.self) } }
}

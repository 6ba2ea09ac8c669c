import Hummingbird
import NIOCore

/// Builds `application/json` responses from `JSONValue` documents or from what a `JSONWriter` writes.
enum JSONResponse {
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        make(status: status) { $0.value(value) }
    }

    /// The document `write` writes.
    static func make(status: HTTPResponse.Status = .ok, capacity: Int = 1024, _ write: (inout JSONWriter) throws -> Void) rethrows -> Response {
        var writer = JSONWriter(capacity: capacity)
        try write(&writer)
        let buffer = ByteBuffer(bytes: writer.bytes)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .contentLength: String(buffer.readableBytes)],
            body: .init(byteBuffer: buffer)
        )
    }

    /// 204 No Content, the answer to a successful delete.
    static let deleted = Response(status: .noContent)
}

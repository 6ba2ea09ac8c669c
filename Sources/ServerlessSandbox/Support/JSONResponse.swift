import Hummingbird
import NIOCore

/// Builds `application/json` responses from `JSONValue` documents.
enum JSONResponse {
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        let buffer = ByteBuffer(bytes: value.serializedBytes)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .contentLength: String(buffer.readableBytes)],
            body: .init(byteBuffer: buffer)
        )
    }

    /// 204 No Content, the answer to a successful delete.
    static let deleted = Response(status: .noContent)
}

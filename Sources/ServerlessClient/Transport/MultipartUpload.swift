import Foundation
import MultipartKit
import NIOCore
import NIOHTTP1

/// The `multipart/form-data` body of a Function or Asset Version upload: `Path`, `Visibility`,
/// and `Content` as a file part with a file name and content type.
struct MultipartUpload: Sendable {
    let boundary: String
    let body: ByteBuffer

    init(path: String, visibility: Visibility, content: Data, fileName: String, contentType: String) throws {
        boundary = "buildsh-" + UUID().uuidString
        var contentHeaders = HTTPHeaders()
        contentHeaders.add(
            name: "Content-Disposition",
            value: "form-data; name=\"Content\"; filename=\"\(Self.quoted(fileName))\"")
        contentHeaders.add(name: "Content-Type", value: contentType)
        let parts = [
            Self.field("Path", path),
            Self.field("Visibility", visibility.rawValue),
            MultipartPart(headers: contentHeaders, body: ByteBuffer(bytes: content)),
        ]
        var buffer = ByteBuffer()
        try MultipartSerializer().serialize(parts: parts, boundary: boundary, into: &buffer)
        body = buffer
    }

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    private static func field(_ name: String, _ value: String) -> MultipartPart {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Disposition", value: "form-data; name=\"\(name)\"")
        return MultipartPart(headers: headers, body: ByteBuffer(string: value))
    }

    /// Keeps a file name from breaking out of its quoted header parameter.
    private static func quoted(_ name: String) -> String {
        name.replacingOccurrences(of: "\\", with: "_").replacingOccurrences(of: "\"", with: "_")
            .replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
    }
}

import Foundation
import MultipartKit
import NIOCore

/// The multipart body of a version upload: `Path`, `Visibility` and the file part `Content`.
enum VersionUploadForm {
    /// Parses and checks an upload body; 20001 for anything missing or malformed.
    static func parse(_ body: ByteBuffer, contentType: String?) throws(SandboxAPIError) -> VersionUpload {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
              let boundary = boundary(of: contentType)
        else { throw .invalid("A version is created by a multipart/form-data upload with Path, Visibility and Content") }
        let parts: [MultipartPart]
        do {
            parts = try Self.parts(of: body, boundary: boundary)
        } catch {
            throw .invalid("The multipart body could not be read")
        }
        let text = { (name: String) throws(SandboxAPIError) -> String? in
            guard let part = parts.firstPart(named: name) else { return nil }
            guard let value = String(validating: part.body.readableBytesView, as: UTF8.self) else { throw .invalid("\(name) is not UTF-8 text") }
            try Validate.storable(value, name)
            return value
        }
        guard let path = try text("Path"), !path.isEmpty else { throw .invalid("Missing required parameter Path in the post body") }
        try Validate.length(path, "Path", max: 255)
        guard let visibilityText = try text("Visibility") else { throw .invalid("Missing required parameter Visibility in the post body") }
        guard let visibility = Visibility(rawValue: visibilityText) else {
            throw .invalid("Visibility must be one of public, private, protected, got \(visibilityText)")
        }
        guard let content = parts.firstPart(named: "Content") else { throw .invalid("Missing required parameter Content in the post body") }
        let limit = visibility == .private ? BodyLimits.privateContent : BodyLimits.publicContent
        guard content.body.readableBytes <= limit else {
            throw SandboxAPIError(status: .contentTooLarge, code: 20001, message: "Content of a \(visibility.rawValue) version is larger than the limit of \(BodyLimits.text(limit))")
        }
        return VersionUpload(
            path: path, visibility: visibility, content: Data(content.body.readableBytesView),
            contentType: content.headers.first(name: "Content-Type")
        )
    }

    /// Splits a multipart body into its parts with MultipartKit's parser.
    static func parts(of body: ByteBuffer, boundary: String) throws -> [MultipartPart] {
        let parser = MultipartParser(boundary: boundary)
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var partBody = ByteBuffer()
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { chunk in partBody.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: partBody))
            headers = HTTPHeaders()
            partBody = ByteBuffer()
        }
        try parser.execute(body)
        return parts
    }

    /// The `boundary` parameter of a multipart content type, unquoted.
    static func boundary(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

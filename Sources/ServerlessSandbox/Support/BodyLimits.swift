import Hummingbird
import NIOCore

/// The largest request bodies the sandbox reads, per kind of request. Twilio documents 25 MB for a
/// public or protected asset and 10 MB for a private one; it documents no limit for form posts, so
/// the sandbox picks 1 MB (the largest real form, a build naming many versions, is a few KB).
enum BodyLimits {
    /// A form-encoded body (every POST but version upload).
    static let form = megabytes(1)
    /// The content of a public or protected version.
    static let publicContent = megabytes(25)
    /// The content of a private version.
    static let privateContent = megabytes(10)
    /// A whole multipart upload: the largest content plus room for its other parts and headers.
    static let upload = publicContent + 64 * 1024
    /// The JSON body of `POST /sandbox/faults`.
    static let control = 64 * 1024

    static func megabytes(_ count: Int) -> Int { count * 1024 * 1024 }

    /// The limit in words, e.g. `1 MB`, `64 KB`.
    static func text(_ limit: Int) -> String {
        limit % megabytes(1) == 0 ? "\(limit / megabytes(1)) MB" : "\(limit / 1024) KB"
    }
}

extension Request {
    /// The whole body, or 413 / 20001 when it is longer than `limit` bytes.
    func collectBody(upTo limit: Int) async throws -> ByteBuffer {
        do {
            return try await body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw SandboxAPIError.bodyTooLarge(limit: limit)
        }
    }
}

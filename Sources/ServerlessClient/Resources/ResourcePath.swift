import Foundation

/// One resource's address: its kind and the SIDs that fill the kind's path template. Without a
/// ``sid`` it addresses the collection (for list and create).
public struct ResourcePath: Sendable, Hashable {
    /// Which resource.
    public var kind: ResourceKind
    /// The parents' SIDs, outermost first, as the path template names them (a service may be given
    /// by its unique name).
    public var parents: [String]
    /// The resource's own SID; `nil` for the collection.
    public var sid: String?

    /// The address of `sid` (or of the collection) under `parents`.
    public init(_ kind: ResourceKind, parents: [String] = [], sid: String? = nil) {
        self.kind = kind
        self.parents = parents
        self.sid = sid
    }

    /// The route on the API host (or the upload host, for a version's upload); every SID or name is
    /// percent-encoded and none may be empty.
    func route(on host: APIRoute.Host = .api) throws(ServerlessError) -> APIRoute {
        let segments = try segments()
        var route = "/v1"
        for segment in segments {
            let trimmed = segment.trimmingBlanks()
            guard !trimmed.isEmpty else {
                throw ServerlessError.invalidArgument("an empty SID or name in \(segments.joined(separator: "/"))")
            }
            route += "/" + FormParameters.escape(trimmed)
        }
        return APIRoute(host: host, path: route)
    }

    /// The path segments under `/v1`: the template's words, each placeholder replaced by the next
    /// SID; a collection ends before `{Sid}`.
    func segments() throws(ServerlessError) -> [String] {
        var fill = parents[...]
        var segments: [String] = []
        for word in kind.pathTemplate.split(separator: "/") {
            guard word.hasPrefix("{") else {
                segments.append(String(word))
                continue
            }
            if word == "{Sid}" {
                guard let sid else { break }
                segments.append(sid)
            } else {
                guard let parent = fill.popFirst() else { throw miscount }
                segments.append(parent)
            }
        }
        guard fill.isEmpty else { throw miscount }
        return segments
    }

    private var miscount: ServerlessError {
        .invalidArgument(
            "\(a: kind.rawValue) lives under \(kind.parentCount) parent(s), not \(parents.count): \(kind.pathTemplate)")
    }
}

extension ResourceKind {
    /// How many parents' SIDs its path needs (a build: 1, the service; a variable: 2).
    public var parentCount: Int {
        pathTemplate.split(separator: "/").filter { $0.hasPrefix("{") && $0 != "{Sid}" }.count
    }

    /// Whether it is created by a multipart upload to the upload host (Function and Asset Versions).
    public var isUploaded: Bool { self == .functionVersion || self == .assetVersion }
}

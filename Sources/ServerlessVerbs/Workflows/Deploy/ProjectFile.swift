import Foundation
import ServerlessClient

/// One file of a project that becomes a Function or Asset Version.
struct ProjectFile: Sendable, Equatable {
    /// Function or Asset.
    enum Kind: String, Sendable, Codable {
        case function, asset

        /// The API resource the file belongs to.
        var resource: ResourceKind { self == .function ? .function : .asset }
        /// The API resource its upload makes.
        var version: ResourceKind { self == .function ? .functionVersion : .assetVersion }
    }

    /// Whether it is a function (`functions/`) or an asset (`assets/`).
    let kind: Kind
    /// The file's path relative to the project folder (`functions/api/data.protected.js`), for messages.
    let file: String
    /// The URL path it is served at (`/api/data`).
    let path: String
    /// `public`, `protected` or `private`, from the file name.
    let visibility: String
    /// The content.
    let content: Data
    /// SHA-256 of ``content``, hex.
    let sha256: String

    /// Reads a file found under `folder` (`functions` or `assets`) at `relative` (inside that folder).
    init(kind: Kind, folder: String, relative: String, content: Data) {
        self.kind = kind
        file = folder + "/" + relative
        let mapped = Self.pathAndVisibility(relative, keepExtension: kind == .asset)
        path = mapped.path
        visibility = mapped.visibility
        self.content = content
        sha256 = SHA256Digest.hex(content)
    }

    /// The serverless-toolkit mapping of a file name to a URL path and visibility:
    /// `x.protected.js` → protected, `x.private.css` → private, anything else public; the path is
    /// `/` + the relative path without the visibility word (and, for functions, without `.js`),
    /// white space replaced by `-`. `api/data.protected.js` → `/api/data`; `style.private.css` →
    /// `/style.css`.
    static func pathAndVisibility(_ relative: String, keepExtension: Bool) -> (path: String, visibility: String) {
        let components = relative.split(separator: "/").map(String.init)
        let name = components.last ?? relative
        let folder = components.dropLast().joined(separator: "/")
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        let base = dot.map { String(name[..<$0]) } ?? name
        let fileExtension = dot.map { String(name[$0...]) } ?? ""
        var visibility = "public"
        var stem = base
        for word in ["protected", "private"] where base.hasSuffix("." + word) {
            visibility = word
            stem = String(base.dropLast(word.count + 1))
            break
        }
        var path = "/" + (folder.isEmpty ? "" : folder + "/") + stem
        if keepExtension { path += fileExtension }
        path = String(path.map { $0.isWhitespace ? "-" : $0 })
        return (path, visibility)
    }
}

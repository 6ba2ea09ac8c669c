/// The content type an asset is uploaded with, from its extension: Twilio serves an asset with the
/// type it was uploaded with, so a stylesheet must not arrive as `application/octet-stream`.
enum AssetContentType {
    private static let types: [String: String] = [
        "html": "text/html", "htm": "text/html", "css": "text/css", "js": "application/javascript",
        "mjs": "application/javascript", "json": "application/json", "map": "application/json",
        "txt": "text/plain", "md": "text/markdown", "csv": "text/csv", "xml": "application/xml",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "ico": "image/x-icon", "mp3": "audio/mpeg", "wav": "audio/wav", "ogg": "audio/ogg",
        "mp4": "video/mp4", "pdf": "application/pdf", "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf",
    ]

    /// The type for `path` (`/style.css` → `text/css`); unknown extensions are `application/octet-stream`.
    static func of(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "application/octet-stream" }
        return types[path[path.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}

import Foundation
import Hummingbird

/// Renders a page of a list in Twilio's envelope: `{"<key>": [...], "meta": {...}}`.
struct ListRendering {
    let key: String
    let links: Links
    /// The list's path without `/v1`, e.g. `/Services/ZS…/Builds`.
    let path: String
    /// Seals the cursors of the page URLs.
    let tokens: PageTokenScope
    /// Filters to carry in every meta URL (Logs), in order.
    var filters: [(String, String)] = []

    func response<Row>(_ items: [JSONValue], page result: PageResult<Row>, request: PageRequest) -> Response {
        response(page: result, request: request) { writer in
            for item in items { writer.value(item) }
        }
    }

    /// The page with the items `writeItems` writes (each one an element of the list's array, about
    /// `bytesPerItem` long).
    func response<Row>(
        page result: PageResult<Row>, request: PageRequest, bytesPerItem: Int = 1024, writeItems: (inout JSONWriter) throws -> Void
    ) rethrows -> Response {
        let first = url(size: request.size, page: 0, cursor: nil)
        let current = url(size: request.size, page: request.page, cursor: request.cursor)
        var next: String?
        if result.hasNext, let last = result.lastSeq {
            // `Page` is the client's own number (any the query holds): the last one stays itself.
            next = url(size: request.size, page: min(request.page, Int.max - 1) + 1, cursor: .after(last))
        }
        var previous: String?
        if result.hasPrevious, request.page > 0 || request.cursor != nil {
            let cursor: PageCursor? = result.firstSeq.map { PageCursor.before($0) } ?? request.cursor.map { cursor in
                switch cursor {
                case let .after(seq): .before(seq + 1)
                case .before: cursor
                }
            }
            previous = url(size: request.size, page: max(request.page - 1, 0), cursor: cursor)
        }
        return try JSONResponse.make(capacity: bytesPerItem * result.rows.count + 1024) { writer in
            try writer.object { writer in
                writer.key(key)
                try writer.array(writeItems)
                writer.key("meta")
                writer.object { meta in
                    meta.key("first_page_url"); meta.string(first)
                    meta.key("key"); meta.string(key)
                    meta.key("next_page_url"); meta.value(.string(orNull: next))
                    meta.key("page"); meta.int(Int64(request.page))
                    meta.key("page_size"); meta.int(Int64(request.size))
                    meta.key("previous_page_url"); meta.value(.string(orNull: previous))
                    meta.key("url"); meta.string(current)
                }
            }
        }
    }

    private func url(size: Int, page: Int, cursor: PageCursor?) -> String {
        var query = filters.map { "\($0.0)=\(Self.escape($0.1))" }
        query.append("PageSize=\(size)")
        query.append("Page=\(page)")
        if let cursor { query.append("PageToken=\(tokens.seal(cursor))") }
        return links.api(path) + "?" + query.joined(separator: "&")
    }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()

    static func escape(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

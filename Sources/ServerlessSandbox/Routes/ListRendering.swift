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
        let first = url(size: request.size, page: 0, cursor: nil)
        let current = url(size: request.size, page: request.page, cursor: request.cursor)
        var next: JSONValue = .null
        if result.hasNext, let last = result.lastSeq {
            next = .string(url(size: request.size, page: request.page + 1, cursor: .after(last)))
        }
        var previous: JSONValue = .null
        if result.hasPrevious, request.page > 0 || request.cursor != nil {
            let cursor: PageCursor? = result.firstSeq.map { PageCursor.before($0) } ?? request.cursor.map { cursor in
                switch cursor {
                case let .after(seq): .before(seq + 1)
                case .before: cursor
                }
            }
            previous = .string(url(size: request.size, page: max(request.page - 1, 0), cursor: cursor))
        }
        let meta: JSONValue = .object([
            ("first_page_url", .string(first)), ("key", .string(key)), ("next_page_url", next),
            ("page", .int(Int64(request.page))), ("page_size", .int(Int64(request.size))),
            ("previous_page_url", previous), ("url", .string(current)),
        ])
        return JSONResponse.make(.object([(key, .array(items)), ("meta", meta)]))
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

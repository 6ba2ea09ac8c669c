/// The `meta` object of a list page.
public struct PageMeta: Codable, Sendable, Hashable {
    /// The envelope key holding the records, e.g. `builds`.
    public var key: String?
    /// The page number (client state only).
    public var page: Int?
    /// Records per page.
    public var pageSize: Int?
    /// This page's URL.
    public var url: String?
    /// The first page's URL.
    public var firstPageURL: String?
    /// The next page's URL, followed verbatim; `nil` on the last page.
    public var nextPageURL: String?
    /// The previous page's URL.
    public var previousPageURL: String?

    enum CodingKeys: String, CodingKey {
        case key, page, url
        case pageSize = "page_size"
        case firstPageURL = "first_page_url"
        case nextPageURL = "next_page_url"
        case previousPageURL = "previous_page_url"
    }
}

/// One page of a list: the records (found under `meta.key`, else the resource's list key) and meta.
struct PageEnvelope<Record: ListableRecord>: Decodable, Sendable {
    var records: [Record]
    var meta: PageMeta

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        meta = try container.decodeIfPresent(PageMeta.self, forKey: Key(stringValue: "meta")) ?? PageMeta()
        let candidates = [meta.key, Record.listKey].compactMap { $0 }
        guard let key = candidates.map(Key.init(stringValue:)).first(where: container.contains) else {
            throw DecodingError.keyNotFound(
                Key(stringValue: Record.listKey),
                .init(codingPath: [], debugDescription: "no `\(Record.listKey)` list in the page"))
        }
        records = try container.decode([Record].self, forKey: key)
    }
}

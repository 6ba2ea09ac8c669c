import Foundation

/// The records of a list, fetched lazily one page at a time as they are iterated.
///
/// The first request asks for `PageSize` records; each further page is requested by following the
/// previous page's `meta.next_page_url` exactly as given, when it stays on the configured API host
/// (see ``Endpoints/nextPageURL(_:)``; a URL that would leave it ends the iteration with an error). Iteration ends at the last page or after
/// `limit` records. A failure on any page is thrown from `next()`; records already yielded stay
/// valid, but the list is never silently cut short. Each iteration starts again from the first page.
public struct RecordList<Record: ListableRecord>: AsyncSequence, Sendable {
    /// Records are yielded one by one.
    public typealias Element = Record

    let transport: HTTPTransport
    let endpoints: Endpoints
    let url: Result<String, ServerlessError>
    let query: FormParameters
    /// The requested page size (`nil`: the API's default of 50, or `limit` when smaller).
    public let pageSize: Int?
    /// The most records to yield (`nil`: all).
    public let limit: Int?

    /// The largest page the API serves.
    public static var maximumPageSize: Int { 1000 }

    init(
        transport: HTTPTransport, endpoints: Endpoints, url: Result<String, ServerlessError>, query: FormParameters,
        pageSize: Int?, limit: Int?
    ) {
        self.transport = transport
        self.endpoints = endpoints
        self.url = url
        self.query = query
        self.pageSize = pageSize
        self.limit = limit
    }

    /// The `PageSize` actually sent: `pageSize`, lowered to `limit` when that is smaller, at most 1000.
    public var effectivePageSize: Int? {
        switch (pageSize, limit) {
        case let (size?, limit?): return Swift.min(size, Swift.max(limit, 1), Self.maximumPageSize)
        case let (size?, nil): return Swift.min(size, Self.maximumPageSize)
        case let (nil, limit?): return Swift.min(Swift.max(limit, 1), Self.maximumPageSize)
        case (nil, nil): return nil
        }
    }

    /// The first page's URL.
    func firstPageURL() throws(ServerlessError) -> String {
        let url = try url.get()
        var parameters = query
        parameters.add("PageSize", effectivePageSize)
        return parameters.isEmpty ? url : url + "?" + parameters.encoded
    }

    /// Fetches one page (used by iteration and by build waiting).
    func fetchPage(_ pageURL: String) async throws -> PageEnvelope<Record> {
        try await transport.send(APIRequest(method: .GET, url: pageURL, body: nil), decoding: PageEnvelope<Record>.self)
    }

    /// The URL of the next page from a `next_page_url`: see ``Endpoints/nextPageURL(_:)``.
    func resolve(_ next: String) throws(ServerlessError) -> String {
        try endpoints.nextPageURL(next)
    }

    /// Reads all records into an array (for small lists; iterate for large ones).
    public func collect() async throws -> [Record] {
        var records: [Record] = []
        for try await record in self { records.append(record) }
        return records
    }

    /// Starts an iteration at the first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(list: self)
    }

    /// Walks the pages lazily.
    public struct Iterator: AsyncIteratorProtocol {
        let list: RecordList
        private var buffer: [Record] = []
        private var index = 0
        private var nextURL: String?
        private var yielded = 0
        private var requestedURLs: Set<String> = []
        private var started = false

        init(list: RecordList) {
            self.list = list
        }

        /// The next record, fetching the next page when the current one is used up.
        public mutating func next() async throws -> Record? {
            if !started {
                started = true
                if let size = list.pageSize, size < 1 {
                    throw ServerlessError.invalidArgument("page size must be at least 1, not \(size)")
                }
                nextURL = try list.firstPageURL()
            }
            if let limit = list.limit, yielded >= limit { return nil }
            while index >= buffer.count {
                guard let url = nextURL else { return nil }
                try Task.checkCancellation()
                guard requestedURLs.insert(url).inserted else {
                    throw ServerlessError.invalidResponse(
                        ServerlessError.Request(method: "GET", path: url, attempts: 1),
                        reason: "next_page_url repeats an earlier page; stopping to avoid a loop")
                }
                let page = try await list.fetchPage(url)
                buffer = page.records
                index = 0
                if let next = page.meta.nextPageURL {
                    nextURL = try list.resolve(next)
                } else {
                    nextURL = nil
                }
            }
            defer {
                index += 1
                yielded += 1
            }
            return buffer[index]
        }
    }
}

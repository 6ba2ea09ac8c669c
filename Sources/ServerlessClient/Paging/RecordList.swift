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

    let startup: TransportStartup
    let route: Result<APIRoute, ServerlessError>
    let query: FormParameters
    /// The requested page size (`nil`: the API's default of 50, or `limit` when smaller).
    public let pageSize: Int?
    /// The most records to yield (`nil`: all).
    public let limit: Int?

    /// The largest page the API serves.
    public static var maximumPageSize: Int { 1000 }

    init(
        startup: TransportStartup, route: Result<APIRoute, ServerlessError>, query: FormParameters,
        pageSize: Int?, limit: Int?
    ) {
        self.startup = startup
        self.route = route
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

    /// Starts walking the pages: the transport is made (and its backend started) here if needed.
    func pages() async throws -> Pages {
        let route = try route.get()
        var parameters = query
        parameters.add("PageSize", effectivePageSize)
        return Pages(transport: try await startup.transport(), route: route, query: parameters)
    }

    /// The pages of one walk through a list, on one started transport (used by iteration and by
    /// build waiting).
    struct Pages {
        let transport: HTTPTransport
        let route: APIRoute
        let query: FormParameters

        /// The first page's URL.
        var firstURL: String {
            let url = route.url(in: transport.configuration.endpoints)
            return query.isEmpty ? url : url + "?" + query.encoded
        }

        /// Fetches one page.
        func fetch(_ pageURL: String) async throws -> PageEnvelope<Record> {
            try await transport.send(APIRequest(method: .GET, url: pageURL, body: nil), decoding: PageEnvelope<Record>.self)
        }

        /// The URL of the next page from a `next_page_url`: see ``Endpoints/nextPageURL(_:)``. A refused
        /// URL is named with the secret redacted (a server may echo the token in its query).
        func resolve(_ next: String) throws(ServerlessError) -> String {
            do {
                return try transport.configuration.endpoints.nextPageURL(next)
            } catch .refusedURL(let url, let field, let reason) {
                throw .refusedURL(url: transport.shown(url), field: field, reason: reason)
            }
        }

        /// The error for a `next_page_url` that leads back to a page already read.
        func loop(at url: String) -> ServerlessError {
            .invalidResponse(
                transport.named(APIRequest(method: .GET, url: url, body: nil), attempts: 1),
                reason: "next_page_url repeats an earlier page; stopping to avoid a loop")
        }
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
        private var pages: Pages?
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
                let pages = try await list.pages()
                self.pages = pages
                nextURL = pages.firstURL
            }
            if let limit = list.limit, yielded >= limit { return nil }
            while index >= buffer.count {
                guard let url = nextURL, let pages else { return nil }
                try Task.checkCancellation()
                guard requestedURLs.insert(url).inserted else { throw pages.loop(at: url) }
                // The used-up page goes before the next one comes: one page in memory, not two.
                buffer = []
                let page = try await pages.fetch(url)
                buffer = page.records
                index = 0
                if let next = page.meta.nextPageURL {
                    nextURL = try pages.resolve(next)
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

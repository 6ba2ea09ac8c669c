import GRDB

/// Where a page starts: after or before a row's `seq`. Sealed into the opaque `PageToken` by
/// `PageTokenSealer`.
enum PageCursor: Sendable, Equatable {
    case after(Int64)
    case before(Int64)
}

/// The paging parameters of a list request: `PageSize` (1–1000, default 50), `Page`, `PageToken`.
struct PageRequest: Sendable, Equatable {
    var size = 50
    var page = 0
    var cursor: PageCursor?
}

/// One page of rows and whether there are rows on either side of it.
struct PageResult<Row: Sendable>: Sendable {
    var rows: [Row]
    var hasNext: Bool
    var hasPrevious: Bool
    var firstSeq: Int64?
    var lastSeq: Int64?
}

extension QueryInterfaceRequest where RowDecoder: SequencedRow {
    /// Keyset paging on `seq`: deleting rows between pages never makes a walk that follows the
    /// page URLs skip a row.
    func page(_ request: PageRequest, in db: Database) throws -> PageResult<RowDecoder> {
        let seq = Column("seq")
        let size = request.size
        var rows: [RowDecoder]
        var hasNext = false
        var hasPrevious = false
        // One row more than the page tells whether there is more in the walking direction.
        switch request.cursor {
        case nil:
            // A `Page` without a token (a hand-written URL) falls back to an offset.
            let (offset, overflow) = request.page.multipliedReportingOverflow(by: size)
            rows = overflow ? [] : try order(seq.asc).limit(size + 1, offset: offset).fetchAll(db)
            hasNext = rows.count > size
            rows = Array(rows.prefix(size))
            hasPrevious = try request.page > 0 && (rows.first?.seq.map { try filter(seq < $0).isEmpty(db) == false } ?? true)
        case let .after(position)?:
            rows = try filter(seq > position).order(seq.asc).limit(size + 1).fetchAll(db)
            hasNext = rows.count > size
            rows = Array(rows.prefix(size))
            hasPrevious = try rows.first?.seq.map { try filter(seq < $0).isEmpty(db) == false } ?? (request.page > 0)
        case let .before(position)?:
            rows = try filter(seq < position).order(seq.desc).limit(size + 1).fetchAll(db)
            hasPrevious = rows.isEmpty ? request.page > 0 : rows.count > size
            rows = Array(rows.prefix(size).reversed())
            hasNext = try filter(seq >= (rows.last.map { ($0.seq ?? 0) + 1 } ?? position)).isEmpty(db) == false
        }
        return PageResult(rows: rows, hasNext: hasNext, hasPrevious: hasPrevious, firstSeq: rows.first?.seq, lastSeq: rows.last?.seq)
    }
}

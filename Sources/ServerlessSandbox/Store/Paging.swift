import GRDB

/// Where a page starts: after or before a row's `seq`. Written into the opaque `PageToken`.
enum PageCursor: Sendable, Equatable {
    case after(Int64)
    case before(Int64)

    /// `PA` or `PB` followed by the position in hex; meaningless to clients, stable for the sandbox.
    var token: String {
        switch self {
        case let .after(seq): "PA" + String(seq, radix: 16)
        case let .before(seq): "PB" + String(seq, radix: 16)
        }
    }

    init?(token: String) {
        guard token.count > 2, let seq = Int64(token.dropFirst(2), radix: 16), seq >= 0 else { return nil }
        switch token.prefix(2) {
        case "PA": self = .after(seq)
        case "PB": self = .before(seq)
        default: return nil
        }
    }
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
        var rows: [RowDecoder]
        switch request.cursor {
        case nil:
            // A `Page` without a token (a hand-written URL) falls back to an offset.
            let (offset, overflow) = request.page.multipliedReportingOverflow(by: request.size)
            rows = overflow ? [] : try order(seq.asc).limit(request.size, offset: offset).fetchAll(db)
        case let .after(position)?:
            rows = try filter(seq > position).order(seq.asc).limit(request.size).fetchAll(db)
        case let .before(position)?:
            rows = try filter(seq < position).order(seq.desc).limit(request.size).fetchAll(db).reversed()
        }
        let first = rows.first?.seq
        let last = rows.last?.seq
        let hasNext: Bool
        let hasPrevious: Bool
        if let first, let last {
            hasNext = try filter(seq > last).isEmpty(db) == false
            hasPrevious = try filter(seq < first).isEmpty(db) == false
        } else {
            switch request.cursor {
            case nil, .after?: hasNext = false
            case let .before(position)?: hasNext = try filter(seq >= position).isEmpty(db) == false
            }
            hasPrevious = request.page > 0
        }
        return PageResult(rows: rows, hasNext: hasNext, hasPrevious: hasPrevious, firstSeq: first, lastSeq: last)
    }
}

import OrderedCollections

/// Walks the items of whatever a `foreach` or pipeline is given: a list, a stream (lazily), a
/// record (as `{key, value}` records), a numeric range, or nothing for `null`.
struct ItemCursor {
    private enum Mode {
        case list
        case stream
        case numbers
    }

    private var mode: Mode
    private var elements: [Value]
    private var index = 0
    private var iterator: ValueIterator?
    private var current = 0.0
    private var end = 0.0
    private var step = 1.0
    /// How many items there are, when known before iterating.
    private(set) var count: Int?

    init(list: [Value]) {
        mode = .list
        elements = list
        count = list.count
    }

    init(from: Double, to: Double, step: Double) {
        mode = .numbers
        elements = []
        current = from
        end = to
        self.step = step
        let span = (to - from) / step
        count = span > 0 ? Int(span.rounded(.up)) : 0
    }

    init?(_ value: Value) {
        switch value {
        case .list(let list): self.init(list: list)
        case .stream(let stream):
            self.init(list: [])
            mode = .stream
            iterator = stream.makeIterator()
            count = stream.count
        case .record(let fields):
            self.init(list: fields.map { key, value in .record(["key": .string(key), "value": value]) })
        case .null:
            self.init(list: [])
        default:
            return nil
        }
    }

    /// Whether items come without suspending (lists and ranges).
    var isSynchronous: Bool { mode != .stream }

    /// The next item of a list or range (never call on a stream).
    @inline(__always)
    mutating func nextLocal() -> Value? {
        switch mode {
        case .list:
            guard index < elements.count else { return nil }
            index += 1
            return elements[index - 1]
        case .numbers:
            guard step > 0 ? current < end : current > end else { return nil }
            defer { current += step }
            return .number(current)
        case .stream:
            return nil
        }
    }

    mutating func next() async throws -> Value? {
        if mode == .stream { return try await iterator?.next() }
        return nextLocal()
    }
}

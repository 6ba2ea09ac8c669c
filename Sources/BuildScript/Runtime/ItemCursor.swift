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
    private var start = 0.0
    private var step = 1.0
    private var total = 0
    /// How many items there are, when known before iterating.
    private(set) var count: Int?

    init(list: [Value]) {
        mode = .list
        elements = list
        count = list.count
    }

    /// The numbers `from, from + step, ...` before `to`; `total` is their count, checked by
    /// ``WholeNumber/rangeCount(from:to:step:limit:)``. Each item is computed from its position, so
    /// a step too small to change a large start still ends.
    init(from: Double, step: Double, total: Int) {
        mode = .numbers
        elements = []
        start = from
        self.step = step
        self.total = total
        count = total
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
            guard index < total else { return nil }
            index += 1
            return .number(WholeNumber.rangeItem(index - 1, from: start, step: step))
        case .stream:
            return nil
        }
    }

    mutating func next() async throws -> Value? {
        if mode == .stream { return try await iterator?.next() }
        return nextLocal()
    }
}

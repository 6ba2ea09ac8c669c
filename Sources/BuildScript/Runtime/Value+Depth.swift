extension Value {
    /// How deeply lists, records and error details nest in this value (a scalar is 0, `[1]` is 1,
    /// `[[1]]` is 2), counted no further than `limit + 1`, so the walk itself stays shallow.
    func nestingDepth(upTo limit: Int) -> Int {
        var walk = DepthWalk()
        return walk.depth(of: self, upTo: limit)
    }

    /// Whether the value holds other values (lists, records, errors).
    var isContainer: Bool {
        switch self {
        case .list, .record, .error: return true
        default: return false
        }
    }

    /// The message for a value nested past `limit`.
    static func tooDeep(_ limit: Int) -> String {
        "value nested too deeply (more than \(limit) levels of lists and records)"
    }
}

/// One depth measurement. Each list's (or record's) storage is measured once however often it is
/// shared: `q += [$q]` or `d = [$d, $d]` in a loop makes a value that holds its earlier versions,
/// which a plain walk visits once per path — exponentially often.
struct DepthWalk {
    /// Exact depths of the storage already measured, by its address (stable while the walked
    /// value, which holds all of it, is alive).
    private var measured: [UnsafeRawPointer: Int] = [:]

    /// The depth of `value`, counted no further than `limit + 1`.
    mutating func depth(of value: Value, upTo limit: Int) -> Int {
        switch value {
        case .list(let elements):
            return depth(ofItems: elements, upTo: limit)
        case .record(let fields):
            return depth(ofItems: fields.values.elements, upTo: limit)
        case .error(let error):
            guard limit >= 0, let details = error.details else { return 1 }
            return depth(of: details, upTo: limit - 1) + 1
        default:
            return 0
        }
    }

    private mutating func depth(ofItems items: [Value], upTo limit: Int) -> Int {
        guard limit >= 0 else { return 1 }
        // Storage holding no containers (a record of scalars) is one level deep: nothing to walk,
        // and nothing worth remembering, so no table is built for it.
        guard items.contains(where: \.isContainer) else { return 1 }
        let storage = items.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
        if let storage, let known = measured[storage] { return known }
        var deepest = 0
        for item in items where item.isContainer {
            deepest = max(deepest, depth(of: item, upTo: limit - 1))
            // Past the limit the count is cut short, so it is not remembered as exact.
            if deepest >= limit { return deepest + 1 }
        }
        if let storage { measured[storage] = deepest + 1 }
        return deepest + 1
    }
}

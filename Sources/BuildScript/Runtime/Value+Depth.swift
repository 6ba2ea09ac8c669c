extension Value {
    /// How deeply lists, records and error details nest in this value (a scalar is 0, `[1]` is 1,
    /// `[[1]]` is 2), counted no further than `limit + 1`, so the walk itself stays shallow.
    func nestingDepth(upTo limit: Int) -> Int {
        switch self {
        case .list(let elements):
            guard limit >= 0 else { return 1 }
            var deepest = 0
            for element in elements where element.isContainer {
                deepest = max(deepest, element.nestingDepth(upTo: limit - 1))
                if deepest >= limit { break }
            }
            return deepest + 1
        case .record(let fields):
            guard limit >= 0 else { return 1 }
            var deepest = 0
            for value in fields.values.elements where value.isContainer {
                deepest = max(deepest, value.nestingDepth(upTo: limit - 1))
                if deepest >= limit { break }
            }
            return deepest + 1
        case .error(let error):
            guard limit >= 0, let details = error.details else { return 1 }
            return details.nestingDepth(upTo: limit - 1) + 1
        default:
            return 0
        }
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

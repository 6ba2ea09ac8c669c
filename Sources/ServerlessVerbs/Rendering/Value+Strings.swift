import BuildScript

extension Value {
    /// The value with `transform` applied to every string inside it: a record's fields and a
    /// list's items, at any depth (keys, numbers and times unchanged).
    func mappingStrings(_ transform: (String) -> String) -> Value {
        switch self {
        case .string(let text):
            return .string(transform(text))
        case .list(let items):
            return .list(items.map { $0.mappingStrings(transform) })
        case .record(var fields):
            for (key, field) in fields { fields[key] = field.mappingStrings(transform) }
            return .record(fields)
        default:
            return self
        }
    }
}

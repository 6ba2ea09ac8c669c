import Foundation

/// The order of `sort` and `sorted()`: null < bool < number < duration < time/string. Times and
/// strings share a place: with no time among the keys, strings order by their text; with one, every
/// string must be an ISO 8601 time and all of them order by instant. A key that has no place in
/// this order (`nan`, a list, a record, an error, a stream, or a string beside times that is not a
/// time) is an error: nothing is left in an arbitrary order without a word.
enum SortOrder {
    /// A key's place in the order, ready to compare (``Comparable`` orders the cases as declared).
    private enum Place: Comparable {
        case null
        case bool(Int)
        case number(Double)
        case duration(Double)
        case text(String)
        case instant(Date)
    }

    /// The indices of `keys` in sorted order, stable (equal keys keep their input order), or the
    /// reason a key cannot be ordered.
    static func order(of keys: [Value], descending: Bool = false) throws(OperationFailure) -> [Int] {
        let places = try self.places(of: keys)
        return places.indices.sorted { a, b in
            if places[a] < places[b] { return !descending }
            if places[b] < places[a] { return descending }
            return a < b
        }
    }

    /// `n`, when it has a place in an order: `nan` has none (sorting, `min` and `max` refuse it).
    static func orderable(_ n: Double) throws(OperationFailure) -> Double {
        guard !n.isNaN else { throw OperationFailure(message: "cannot order nan (not a number)") }
        return n
    }

    private static func places(of keys: [Value]) throws(OperationFailure) -> [Place] {
        let byInstant = keys.contains { if case .time = $0 { return true } else { return false } }
        var places: [Place] = []
        places.reserveCapacity(keys.count)
        for key in keys {
            switch key {
            case .null: places.append(.null)
            case .bool(let b): places.append(.bool(b ? 1 : 0))
            case .number(let n): places.append(.number(try orderable(n)))
            case .duration(let d): places.append(.duration(d))
            case .time(let t): places.append(.instant(t))
            case .string(let s) where byInstant:
                guard let t = Value.parseTime(s) else {
                    throw OperationFailure(message: "cannot order a time and a string that is not one: " + Operators.notATime(s).message)
                }
                places.append(.instant(t))
            case .string(let s): places.append(.text(s))
            case .list, .record, .stream, .error:
                throw OperationFailure(message: "cannot order \(key.typeName) values (sort by one of their fields instead)")
            }
        }
        return places
    }
}

/// A value read by ``JSON5Reader``: objects keep their members in file order, each with where its
/// key stands, so a setting can be reported as `file:line:col`.
enum JSON5Value: Equatable, Sendable {
    case object([JSON5Member])
    case array([JSON5Value])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// The member `key` of an object (the last one when a key repeats, as JSON5.parse keeps it).
    subscript(key: String) -> JSON5Value? { member(key)?.value }

    /// The member `key` of an object, with its place.
    func member(_ key: String) -> JSON5Member? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }
    }

    /// The members of an object with repeated keys left out (the last of each kept, in its place).
    var members: [JSON5Member] {
        guard case .object(let all) = self else { return [] }
        return all.enumerated().filter { index, member in !all[(index + 1)...].contains { $0.key == member.key } }.map(\.element)
    }

    /// The text of a string value.
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// What kind of value this is, for messages (`a string`, `a number`).
    var kindDescription: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

/// One member of a JSON5 object and where its key starts (1-based line and column).
struct JSON5Member: Equatable, Sendable {
    let key: String
    let value: JSON5Value
    let line: Int
    let column: Int
}

/// Why a text is not JSON5 (or JSON): where (1-based line and column, in Unicode scalars) and what.
struct JSON5Error: Error, Equatable, Sendable, CustomStringConvertible {
    let line: Int
    let column: Int
    let message: String

    /// `3:14: invalid character '@'`.
    var description: String { "\(line):\(column): \(message)" }
}

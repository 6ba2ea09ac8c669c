import Foundation

/// An `application/x-www-form-urlencoded` body or query: ordered pairs, list values as repeated
/// keys without brackets (`FunctionVersions=ZN1&FunctionVersions=ZN2`), booleans as `true`/`false`.
public struct FormParameters: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    /// No fields.
    public init() {}

    /// Adds `name=value` when `value` is not `nil`.
    public mutating func add(_ name: String, _ value: String?) {
        guard let value else { return }
        pairs.append((name, value))
    }

    /// Adds `name=true|false` when `value` is not `nil`.
    public mutating func add(_ name: String, _ value: Bool?) {
        guard let value else { return }
        pairs.append((name, value ? "true" : "false"))
    }

    /// Adds `name=<integer>` when `value` is not `nil`.
    public mutating func add(_ name: String, _ value: Int?) {
        guard let value else { return }
        pairs.append((name, String(value)))
    }

    /// Adds `name` once per element (an empty list adds nothing).
    public mutating func add(_ name: String, each values: [String]) {
        for value in values { pairs.append((name, value)) }
    }

    /// Adds `name=<API date-time>` when `value` is not `nil`.
    public mutating func add(_ name: String, _ value: Date?) {
        guard let value else { return }
        pairs.append((name, Timestamp.format(value)))
    }

    /// Whether no field was added.
    public var isEmpty: Bool { pairs.isEmpty }

    /// The encoded text, e.g. `FriendlyName=My%20service&UiEditable=false`.
    var encoded: String {
        pairs.map { Self.escape($0.name) + "=" + Self.escape($0.value) }.joined(separator: "&")
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters (spaces become `%20`), byte by
    /// byte of the UTF-8, with upper-case hex digits, as Foundation's `addingPercentEncoding` does; in
    /// plain Swift because it runs for every path segment and form field of every request (a bulk
    /// delete spent a tenth of its instructions in Foundation's version).
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { !isUnreserved($0) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count * 3)
        for byte in utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Letters, digits and `-._~`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}

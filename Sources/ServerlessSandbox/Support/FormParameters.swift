import Foundation

/// The parameters of an `application/x-www-form-urlencoded` body or query, repeated keys kept in order.
struct FormParameters: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    /// Decodes `a=1&b=x+y&b=%2F`. Text is kept exactly as sent, or refused with 20001: the
    /// store cannot keep a NUL character, and an escape that is not UTF-8 has no text to keep.
    init(encoded text: String) throws(SandboxAPIError) {
        for piece in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0], parameter: nil)
            var value = ""
            if parts.count > 1 { value = try Self.decode(parts[1], parameter: name) }
            pairs.append((name, value))
        }
    }

    private static func decode(_ text: Substring, parameter: String?) throws(SandboxAPIError) -> String {
        // Nothing to decode (`PageSize=50`, as almost every query): the text as it is, without
        // Foundation's replacing and percent-decoding, which were most of a page request's parsing.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") || $0 == 0 }) {
            return String(text)
        }
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .invalid("\(parameter.map { "Parameter \($0)" } ?? "A parameter name") is not valid percent-encoded UTF-8")
        }
        try Validate.storable(decoded, parameter ?? "A parameter name")
        return decoded
    }

    /// The first value of `name`, or nil.
    subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value of `name`, also accepting the `name[]` spelling some clients send.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name || $0.name == name + "[]" }.map(\.value)
    }

    /// A required, non-empty value; 20001 when missing.
    func required(_ name: String) throws(SandboxAPIError) -> String {
        guard let value = self[name], !value.isEmpty else {
            throw .invalid("Missing required parameter \(name) in the post body")
        }
        return value
    }

    /// An optional boolean written `true` or `false` (any case); 20001 for anything else.
    func bool(_ name: String) throws(SandboxAPIError) -> Bool? {
        guard let value = self[name] else { return nil }
        switch value.lowercased() {
        case "true": return true
        case "false": return false
        default: throw .invalid("Invalid value for \(name): expected true or false")
        }
    }
}

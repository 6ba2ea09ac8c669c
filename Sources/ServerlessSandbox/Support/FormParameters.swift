import Foundation

/// The parameters of an `application/x-www-form-urlencoded` body or query, repeated keys kept in order.
struct FormParameters: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    /// Decodes `a=1&b=x+y&b=%2F`.
    init(encoded text: String) {
        for piece in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            pairs.append((name, value))
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
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

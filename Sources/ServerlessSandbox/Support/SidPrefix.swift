/// The two-letter prefixes of the SIDs the sandbox issues (Function and Asset share ZH, versions ZN).
enum SidPrefix: String, Sendable, CaseIterable {
    case account = "AC"
    case apiKey = "SK"
    case service = "ZS"
    case component = "ZH"
    case version = "ZN"
    case build = "ZB"
    case environment = "ZE"
    case deployment = "ZD"
    case variable = "ZV"
    case log = "NO"
    case request = "RQ"

    /// Whether `text` is this prefix followed by exactly 32 hex digits.
    func matches(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 34, text.hasPrefix(rawValue) else { return false }
        return utf8.dropFirst(2).allSatisfy { byte in
            (48...57).contains(byte) || (97...102).contains(byte) || (65...70).contains(byte)
        }
    }
}

import Foundation

/// Whether a dependency version is one npm can resolve from the registry: a semver version or range
/// as node-semver's grammar defines it (`1.2.3`, `^1.2.3`, `~1.2`, `>=1.0.0 <2`, `1.x`, `*`,
/// `1.2.3 - 2.0.0`, `^1 || ^2`, `1.2.3-beta.1+build`), or the `latest` tag. URLs, paths and
/// other tags are not accepted: a Twilio build installs from the npm registry.
enum SemverRange {
    /// Whether `text` is a valid version or range.
    static func isValid(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "latest" || trimmed.isEmpty { return trimmed == "latest" }
        return trimmed.components(separatedBy: "||").allSatisfy { isValidRange($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// One range of a `||` set: empty (any), a hyphen range, or comparators separated by spaces.
    private static func isValidRange(_ range: String) -> Bool {
        if range.isEmpty { return true }
        let parts = range.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if parts.count == 3, parts[1] == "-" { return isPartial(parts[0]) && isPartial(parts[2]) }
        var index = 0
        while index < parts.count {
            var comparator = parts[index]
            // `>= 1.2.3` (operator and version apart) is accepted by npm too.
            if ["<", ">", "<=", ">=", "=", "~", "^"].contains(comparator), index + 1 < parts.count {
                comparator += parts[index + 1]
                index += 1
            }
            guard isSimple(comparator) else { return false }
            index += 1
        }
        return true
    }

    /// `partial`, `~partial`, `^partial`, or an operator (`<`, `>`, `<=`, `>=`, `=`) and a partial.
    private static func isSimple(_ text: String) -> Bool {
        for prefix in [">=", "<=", ">", "<", "=", "~", "^"] where text.hasPrefix(prefix) {
            return isPartial(String(text.dropFirst(prefix.count)))
        }
        return isPartial(text)
    }

    /// `xr(.xr(.xr qualifier?)?)?` where `xr` is `x`, `X`, `*` or a number without leading zeros;
    /// a leading `v` is allowed as npm does.
    static func isPartial(_ text: String) -> Bool {
        var text = Substring(text)
        if text.hasPrefix("v") { text = text.dropFirst() }
        var qualifier: Substring = ""
        if let start = text.firstIndex(where: { $0 == "-" || $0 == "+" }) {
            qualifier = text[start...]
            text = text[..<start]
        }
        let numbers = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(numbers.count), numbers.allSatisfy(isVersionPart) else { return false }
        guard !qualifier.isEmpty else { return true }
        return numbers.count == 3 && isQualifier(qualifier)
    }

    private static func isVersionPart(_ part: Substring) -> Bool {
        if part == "x" || part == "X" || part == "*" { return true }
        guard !part.isEmpty, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber) else { return false }
        return part == "0" || part.first != "0"
    }

    /// `-pre.release` and/or `+build.meta`: dot-separated identifiers of `[0-9A-Za-z-]`.
    private static func isQualifier(_ text: Substring) -> Bool {
        var rest = text
        if rest.hasPrefix("-") {
            let end = rest.firstIndex(of: "+") ?? rest.endIndex
            guard isIdentifiers(rest[rest.index(after: rest.startIndex)..<end]) else { return false }
            rest = rest[end...]
        }
        if rest.hasPrefix("+") { return isIdentifiers(rest.dropFirst()) }
        return rest.isEmpty
    }

    private static func isIdentifiers(_ text: Substring) -> Bool {
        let identifiers = text.split(separator: ".", omittingEmptySubsequences: false)
        return !identifiers.isEmpty && identifiers.allSatisfy { identifier in
            !identifier.isEmpty && identifier.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}

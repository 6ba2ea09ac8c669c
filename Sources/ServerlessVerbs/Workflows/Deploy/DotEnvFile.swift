import Foundation

/// The variables of a `.env` file: `KEY=value` lines, `#` comments, blank lines, an optional
/// `export ` prefix, values in single or double quotes (double quotes understand `\n`). Like the
/// serverless-toolkit, `ACCOUNT_SID` and `AUTH_TOKEN` are left out: they are credentials of the
/// deploying account, not configuration of the service.
enum DotEnvFile {
    /// Keys never uploaded as variables.
    static let skippedKeys: Set<String> = ["ACCOUNT_SID", "AUTH_TOKEN"]

    /// One line that is not `KEY=value`, with its 1-based line number.
    struct Malformed: Equatable, Sendable {
        let line: Int
        let text: String
    }

    /// The variables in file order (a repeated key keeps its last value, at its first place), and
    /// the lines that could not be read.
    static func parse(_ text: String) -> (variables: [(key: String, value: String)], malformed: [Malformed]) {
        var variables: [(key: String, value: String)] = []
        var malformed: [Malformed] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasSuffix("\r") { line = String(line.dropLast()) }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = String(line.dropFirst(7)).trimmingCharacters(in: .whitespaces) }
            guard let equals = line.firstIndex(of: "=") else {
                malformed.append(Malformed(line: index + 1, text: line))
                continue
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }) else {
                malformed.append(Malformed(line: index + 1, text: line))
                continue
            }
            let value = unquote(line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces))
            if skippedKeys.contains(key) { continue }
            if let existing = variables.firstIndex(where: { $0.key == key }) {
                variables[existing].value = value
            } else {
                variables.append((key, value))
            }
        }
        return (variables, malformed)
    }

    /// The value without its quotes; an unquoted value loses a trailing ` # comment`.
    private static func unquote(_ value: String) -> String {
        if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
            let inner = String(value.dropFirst().dropLast())
            return quote == "\"" ? inner.replacingOccurrences(of: "\\n", with: "\n") : inner
        }
        if let comment = value.range(of: " #") { return value[..<comment.lowerBound].trimmingCharacters(in: .whitespaces) }
        return value
    }
}

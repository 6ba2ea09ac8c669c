import Foundation

/// The variables of a `.env` file read as the serverless-toolkit reads it: `twilio-run` calls
/// `dotenv.parse` of dotenv 6.2.0, whose rules are, line by line: `KEY=value` where the key is
/// letters, digits, `_`, `.`, `-` (so no `export ` prefix, no value over several lines, `#` lines
/// skipped only because they do not match); `\n` becomes a newline only when the value starts and
/// ends with `"`; then one leading and one trailing quote (`'` or `"`) go, independently, and the
/// value is trimmed (`C='single' # c` is `single' # c`). `ACCOUNT_SID` and `AUTH_TOKEN` are left
/// out: credentials of the deploying account, not configuration. Where today's dotenv (16, 17)
/// would read a line differently, ``DotEnvDifference`` says so, without the value.
enum DotEnvFile {
    /// Keys never uploaded as variables.
    static let skippedKeys: Set<String> = ["ACCOUNT_SID", "AUTH_TOKEN"]

    /// One line that neither dotenv reads, with its 1-based line number.
    struct Malformed: Equatable, Sendable {
        let line: Int
        let text: String
    }

    /// The variables in file order (a repeated key keeps its last value, at its first place), the
    /// lines no dotenv reads, and the lines today's dotenv would read differently.
    static func parse(_ text: String) -> (variables: [(key: String, value: String)], malformed: [Malformed], differences: [DotEnvDifference]) {
        var variables: [(key: String, value: String)] = []
        var malformed: [Malformed] = []
        var lineOfKey: [String: Int] = [:]
        let current = DotEnvCurrentRules.parse(text)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let (key, value) = DotEnvRules62.read(line) else {
                let trimmed = DotEnvRules62.trimmed(Substring(line))
                if !trimmed.isEmpty, !trimmed.hasPrefix("#"), !current.coveredLines.contains(index + 1) {
                    malformed.append(Malformed(line: index + 1, text: String(trimmed)))
                }
                continue
            }
            if skippedKeys.contains(key) { continue }
            lineOfKey[key] = index + 1
            if let existing = variables.firstIndex(where: { $0.key == key }) {
                variables[existing].value = value
            } else {
                variables.append((key, value))
            }
        }
        let differences = DotEnvDifference.between(
            toolkit: variables, lineOfKey: lineOfKey, current: current, skipping: skippedKeys, lines: text)
        return (variables, malformed, differences)
    }
}

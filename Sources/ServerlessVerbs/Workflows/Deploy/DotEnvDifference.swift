/// A `.env` line today's dotenv (16, 17) reads differently from the serverless-toolkit's dotenv
/// 6.2.0, which deploy follows: named by line and key, with the kind of difference and never the
/// value, so the file can be fixed on purpose.
struct DotEnvDifference: Equatable, Sendable, CustomStringConvertible {
    /// Why the two read the line differently.
    enum Kind: Equatable, Sendable {
        /// `export KEY=…` or `KEY: …`: today's dotenv reads it, the toolkit skips the line.
        case skippedByToolkit
        /// A value over several lines: the toolkit reads only its first line.
        case multiline
        /// A value in backticks: today's dotenv removes them, the toolkit keeps them.
        case backticks
        /// A `#` after the value: today's dotenv drops the comment, the toolkit keeps it.
        case inlineComment
        /// Quotes or `\n`/`\r` escapes read differently.
        case quotesOrEscapes
        /// The toolkit reads the line; today's dotenv takes it as part of another value.
        case unreadByCurrent
    }

    let line: Int
    let key: String
    let kind: Kind

    var description: String {
        let what = switch kind {
        case .skippedByToolkit: "the toolkit (dotenv 6.2) skips this line (an `export ` prefix or `KEY: value`); dotenv 16+ reads it"
        case .multiline: "the value spans lines: the toolkit (dotenv 6.2) reads only its first line, dotenv 16+ all of them"
        case .backticks: "the toolkit (dotenv 6.2) keeps the backticks in the value; dotenv 16+ removes them"
        case .inlineComment: "the toolkit (dotenv 6.2) keeps the ` # …` comment in the value; dotenv 16+ drops it"
        case .quotesOrEscapes: "the toolkit (dotenv 6.2) and dotenv 16+ read its quotes or \\n escapes differently"
        case .unreadByCurrent: "the toolkit (dotenv 6.2) reads this line; dotenv 16+ takes it as part of another value"
        }
        return "line \(line): \(key): \(what)"
    }

    /// The differences between the toolkit's reading and today's dotenv's, in line order.
    static func between(
        toolkit: [(key: String, value: String)], lineOfKey: [String: Int], current: DotEnvCurrentRules.Reading,
        skipping skipped: Set<String>, lines text: String
    ) -> [DotEnvDifference] {
        var found: [DotEnvDifference] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (key, value) in toolkit where current.values[key] != value {
            let line = lineOfKey[key] ?? 0
            let raw = line > 0 && line <= lines.count ? lines[line - 1] : ""
            found.append(DotEnvDifference(line: line, key: key, kind: kind(of: key, raw: raw, current: current)))
        }
        let read = Set(toolkit.map(\.key))
        for key in current.keys where !read.contains(key) && !skipped.contains(key) {
            found.append(DotEnvDifference(line: current.lineOfKey[key] ?? 0, key: key, kind: .skippedByToolkit))
        }
        return found.sorted { ($0.line, $0.key) < ($1.line, $1.key) }
    }

    private static func kind(of key: String, raw: Substring, current: DotEnvCurrentRules.Reading) -> Kind {
        if current.values[key] == nil { return .unreadByCurrent }
        if current.multiline.contains(key) { return .multiline }
        if current.backticked.contains(key) { return .backticks }
        if raw.contains("#") { return .inlineComment }
        return .quotesOrEscapes
    }
}

import Foundation

/// A `.env` file by today's dotenv (16, 17: `parse` without options), verified against its
/// `lib/main.js`: one regex over the whole text finds `[export ]KEY=value` or `KEY: value`, a value
/// in `'`, `"` or backticks may span lines and may be followed by a `# comment`, an unquoted value
/// ends at `#`; matching quotes are removed, and in `"` `\n` and `\r` are expanded. Used only to
/// tell where it reads a line differently from the toolkit's dotenv 6.2.0.
enum DotEnvCurrentRules {
    /// What today's dotenv reads: the values (a repeated key keeps its last), the line of each key,
    /// and the lines its matches cover.
    struct Reading {
        var values: [String: String] = [:]
        var lineOfKey: [String: Int] = [:]
        var keys: [String] = []
        var coveredLines: Set<Int> = []
        /// The line of each key whose value was written in backticks or spans lines.
        var backticked: Set<String> = []
        var multiline: Set<String> = []
    }

    // dotenv's LINE regex, with JavaScript's `\w` spelled out.
    private static let line = try? NSRegularExpression(
        pattern: #"^\s*(?:export\s+)?([A-Za-z0-9_.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$"#,
        options: [.anchorsMatchLines])

    static func parse(_ source: String) -> Reading {
        var reading = Reading()
        let text = source.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let whole = text as NSString
        for match in line?.matches(in: text, range: NSRange(location: 0, length: whole.length)) ?? [] {
            let key = whole.substring(with: match.range(at: 1))
            let raw = match.range(at: 2).location == NSNotFound ? "" : whole.substring(with: match.range(at: 2))
            var value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            let quote = value.first
            if value.count >= 2, let quote, "'\"`".contains(quote), value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            if quote == "\"" {
                value = value.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\r", with: "\r")
            }
            if quote == "`" { reading.backticked.insert(key) }
            if raw.trimmingCharacters(in: .whitespacesAndNewlines).contains("\n") { reading.multiline.insert(key) }
            let keyLine = lineNumber(of: match.range(at: 1).location, in: whole)
            let lastLine = lineNumber(of: max(match.range.location, NSMaxRange(match.range) - 1), in: whole)
            reading.coveredLines.formUnion(lineNumber(of: match.range.location, in: whole)...max(keyLine, lastLine))
            if reading.values[key] == nil { reading.keys.append(key) }
            reading.values[key] = value
            reading.lineOfKey[key] = keyLine
        }
        return reading
    }

    private static func lineNumber(of location: Int, in text: NSString) -> Int {
        var count = 1
        text.substring(to: min(location, text.length)).utf16.forEach { if $0 == 10 { count += 1 } }
        return count
    }
}

import BuildScript
import Foundation

/// The expectations written in a `.bsh` test script's comments:
///
/// - `# expect: TEXT` — the next line of output (strings raw, other values as `description`);
/// - `# expect error L:C: MESSAGE` — a syntax or runtime error at line L, column C (every syntax
///   error of the file must be listed; a runtime error stops the script);
/// - `# expect exit: N` — the script ends with `exit N`;
/// - `# host: confirm=no | safe | dry-run | builds=N` — how the test host is set up.
///
/// Only comments count: a `#` inside a string literal (`"# expect: x"`) is text. A comment that
/// starts with `expect` or `host:` but is none of these forms is a problem the test reports, so a
/// misspelt expectation never passes by being ignored.
struct ScriptExpectations {
    var output: [String] = []
    var errors: [String] = []
    var exitCode: Int?
    var confirm = true
    var safeMode = false
    var dryRun = false
    var builds = 0
    /// `LINE: what is wrong` for each comment the reader did not understand.
    var problems: [String] = []

    init(source: String) {
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let comment = Self.comment(in: line) else { continue }
            read(comment, line: index + 1)
        }
    }

    private mutating func read(_ comment: Substring, line: Int) {
        if comment.hasPrefix("expect: ") {
            output.append(String(comment.dropFirst("expect: ".count)))
        } else if comment == "expect:" {
            output.append("")
        } else if comment.hasPrefix("expect error ") {
            errors.append(String(comment.dropFirst("expect error ".count)))
        } else if comment.hasPrefix("expect exit: "), let code = Int(comment.dropFirst("expect exit: ".count)) {
            exitCode = code
        } else if comment.hasPrefix("host: ") {
            for setting in comment.dropFirst("host: ".count).split(separator: " ") {
                switch setting {
                case "confirm=no": confirm = false
                case "safe": safeMode = true
                case "dry-run": dryRun = true
                default:
                    if setting.hasPrefix("builds="), let count = Int(setting.dropFirst("builds=".count)), count >= 0 {
                        builds = count
                    } else {
                        problems.append("\(line): unknown host setting '\(setting)'")
                    }
                }
            }
        } else if comment.hasPrefix("expect") || comment.hasPrefix("host") {
            problems.append("\(line): not an expectation this reader knows: '# \(comment)'")
        }
    }

    /// The text after `# ` of the line's comment, skipping `#` inside "…" (with `\` escapes) and
    /// '…' string literals; `nil` when the line has no comment.
    static func comment(in line: Substring) -> Substring? {
        var quote: Character?
        var escaped = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if escaped {
                    escaped = false
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else if character == open {
                    quote = nil
                }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                let rest = line[line.index(after: index)...]
                return rest.hasPrefix(" ") ? rest.dropFirst() : rest
            }
            index = line.index(after: index)
        }
        return nil
    }

    /// `L:C: message (did you mean 'x'?)`, the form used in `# expect error`.
    static func describe(_ range: SourceRange, _ message: String, _ suggestion: String?) -> String {
        let first = message.split(separator: "\n").first.map(String.init) ?? message
        return "\(range.start.line):\(range.start.column): \(first)" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    }
}

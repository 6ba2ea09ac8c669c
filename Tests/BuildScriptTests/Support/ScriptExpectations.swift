import BuildScript
import Foundation

/// The expectations written in a `.bsh` test script's comments:
///
/// - `# expect: TEXT` — the next line of output (strings raw, other values as `description`);
/// - `# expect error L:C: MESSAGE` — a syntax or runtime error at line L, column C (every syntax
///   error of the file must be listed; a runtime error stops the script);
/// - `# expect exit: N` — the script ends with `exit N`;
/// - `# host: confirm=no | safe | dry-run | builds=N` — how the test host is set up.
struct ScriptExpectations {
    var output: [String] = []
    var errors: [String] = []
    var exitCode: Int?
    var confirm = true
    var safeMode = false
    var dryRun = false
    var builds = 0

    init(source: String) {
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let hash = line.range(of: "# ") else { continue }
            let comment = line[hash.upperBound...]
            if comment.hasPrefix("expect: ") {
                output.append(String(comment.dropFirst("expect: ".count)))
            } else if comment == "expect:" {
                output.append("")
            } else if comment.hasPrefix("expect error ") {
                errors.append(String(comment.dropFirst("expect error ".count)))
            } else if comment.hasPrefix("expect exit: ") {
                exitCode = Int(comment.dropFirst("expect exit: ".count))
            } else if comment.hasPrefix("host: ") {
                for setting in comment.dropFirst("host: ".count).split(separator: " ") {
                    switch setting {
                    case "confirm=no": confirm = false
                    case "safe": safeMode = true
                    case "dry-run": dryRun = true
                    default:
                        if setting.hasPrefix("builds=") { builds = Int(setting.dropFirst("builds=".count)) ?? 0 }
                    }
                }
            }
        }
    }

    /// `L:C: message (did you mean 'x'?)`, the form used in `# expect error`.
    static func describe(_ range: SourceRange, _ message: String, _ suggestion: String?) -> String {
        let first = message.split(separator: "\n").first.map(String.init) ?? message
        return "\(range.start.line):\(range.start.column): \(first)" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    }
}

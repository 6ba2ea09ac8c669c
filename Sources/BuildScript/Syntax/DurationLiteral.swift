import Foundation

/// Durations as scripts write them (`300ms`, `1.5s`, `2m`, `1h30m`, `7d`, `2w`), read from other
/// text — a command-line flag — with the lexer itself, so flags and scripts share one grammar.
public enum DurationLiteral {
    /// The seconds `text` stands for when it is one duration literal and nothing else (or a bare
    /// `0`); nil otherwise, also for a negative or non-finite value.
    public static func seconds(in text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var lexer = Lexer(trimmed, file: "<duration>")
        let tokens = lexer.tokenize().filter { $0.kind != .eof && $0.kind != .newline }
        guard tokens.count == 1 else { return nil }
        switch tokens[0].kind {
        case .duration(let seconds) where seconds.isFinite && seconds >= 0: return seconds
        case .number(0): return 0
        default: return nil
        }
    }
}

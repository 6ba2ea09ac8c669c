@testable import BuildScript
import Testing

@Suite("Lexer")
struct LexerTests {
    private func kinds(_ source: String) -> [TokenKind] {
        var lexer = Lexer(source, file: "t")
        return lexer.tokenize().map(\.kind)
    }

    @Test("tokens carry exact line, column and offset")
    func locations() {
        var lexer = Lexer("let x = 1\n  print \"é\" $x", file: "f.bsh")
        let tokens = lexer.tokenize()
        let print = tokens[5]
        #expect(print.kind == .word("print"))
        #expect(print.range.file == "f.bsh")
        #expect(print.range.start == SourceLocation(line: 2, column: 3, offset: 12))
        let string = tokens[6]
        #expect(string.range.start.column == 9)
        #expect(string.range.end.column == 12)
        let variable = tokens[7]
        #expect(variable.kind == .variable("x"))
        #expect(variable.range.start == SourceLocation(line: 2, column: 13, offset: 23))
    }

    @Test("durations with units and compounds", arguments: [
        ("500ms", 0.5), ("5s", 5.0), ("2m", 120.0), ("3h", 10_800.0), ("7d", 604_800.0), ("1w", 604_800.0), ("1h30m", 5400.0),
    ])
    func durations(source: String, seconds: Double) {
        #expect(kinds(source) == [.duration(seconds), .eof])
    }

    @Test("numbers, and a number touching a word stays two tokens")
    func numbers() {
        #expect(kinds("42 2.5 1_000") == [.number(42), .number(2.5), .number(1000), .eof])
        #expect(kinds("5.3.0") == [.number(5.3), .dot, .number(0), .eof])
        #expect(kinds("3min") == [.number(3), .word("min"), .eof])
    }

    @Test("strings: escapes, unicode and interpolation parts")
    func strings() {
        #expect(kinds(#""a\tb\n\"q\" \$x \u{41}""#) == [.string([.text("a\tb\n\"q\" $x A")]), .eof])
        let tokens = kinds(#""n=${$x + 1}!""#)
        guard case .string(let parts) = tokens[0] else {
            Issue.record("not a string")
            return
        }
        #expect(parts.count == 3)
        #expect(parts[0] == .text("n="))
        #expect(parts[1] == .interpolation(source: "$x + 1", start: SourceLocation(line: 1, column: 6, offset: 5)))
        #expect(parts[2] == .text("!"))
        #expect(kinds("'raw ${x} \\n'") == [.string([.text("raw ${x} \\n")]), .eof])
        #expect(kinds("\"ü✓\"") == [.string([.text("ü✓")]), .eof])
    }

    @Test("comments, semicolons, continuation and newlines inside brackets")
    func separators() {
        #expect(kinds("a # note\nb; c") == [.word("a"), .newline, .word("b"), .semicolon, .word("c"), .eof])
        #expect(kinds("a \\\n b") == [.word("a"), .word("b"), .eof])
        #expect(kinds("(a\nb)") == [.leftParen, .word("a"), .word("b"), .rightParen, .eof])
        #expect(kinds("{a\nb}") == [.leftBrace, .word("a"), .newline, .word("b"), .rightBrace, .eof])
    }

    @Test("operators, paths and variables")
    func operators() {
        #expect(kinds("== != <= >= < > + - * / % = += |") == [
            .op("=="), .op("!="), .op("<="), .op(">="), .op("<"), .op(">"), .op("+"), .op("-"), .op("*"), .op("/"),
            .op("%"), .assign, .plusAssign, .pipe, .eof,
        ])
        #expect(kinds("@docs/a.js @\"with space.js\"") == [.path("docs/a.js"), .path("with space.js"), .eof])
        #expect(kinds("$build_1") == [.variable("build_1"), .eof])
    }

    @Test("lexical errors are reported, not thrown")
    func errors() {
        var lexer = Lexer("\"open", file: "t")
        _ = lexer.tokenize()
        #expect(lexer.diagnostics.map(\.message) == ["unterminated string"])
        #expect(lexer.endedInsideString)
        var other = Lexer("$ \"\\q\"", file: "t")
        _ = other.tokenize()
        #expect(other.diagnostics.map(\.message) == ["expected a variable name after '$'", "unknown escape '\\q'"])
    }

    @Test("whether whitespace precedes a token")
    func adjacency() {
        var lexer = Lexer("a=/x/y len(x)", file: "t")
        let spaces = lexer.tokenize().map(\.spaceBefore)
        #expect(spaces == [true, false, false, false, false, false, true, false, false, false, true])
    }
}

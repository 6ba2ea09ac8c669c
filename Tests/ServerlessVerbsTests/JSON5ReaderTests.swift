import Foundation
import Testing

@testable import ServerlessVerbs

/// The JSON5 reader behind `.twilioserverlessrc`: every JSON5 addition accepted, everything else
/// refused with its line and column, hostile input refused without crashing; and the JSON dialect
/// (`.twiliodeployinfo`) refusing what JSON.parse refuses.
@Suite
struct JSON5ReaderTests {
    private func parse(_ text: String, _ dialect: JSON5Reader.Dialect = .json5) throws -> JSON5Value {
        try JSON5Reader.parse(text, dialect: dialect)
    }

    private func failure(_ text: String, _ dialect: JSON5Reader.Dialect = .json5) -> JSON5Error? {
        do {
            _ = try JSON5Reader.parse(text, dialect: dialect)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsWhatAToolkitConfigurationLooksLike() throws {
        let text = """
            // written by twilio serverless:init
            {
            \t"commands": {},
            \tenvironments: { dev: { runtime: 'node20', }, },
            \t/* a block
            \t   comment */ "runtime": "node22" \t/* The version of Node.js */,
            \t// "serviceSid": null \t/* SID */,
            \t'single': 'it\\'s',
            \t$dollar_1: +1.5e2, hex: 0xFF, lead: .5, trail: 5., inf: -Infinity,
            \tlist: [1, 'two', [], {}, null, true, false,],
            }
            """
        let value = try parse(text)
        #expect(value["runtime"] == .string("node22"))
        #expect(value["environments"]?["dev"]?["runtime"] == .string("node20"))
        #expect(value["single"] == .string("it's"))
        #expect(value["$dollar_1"] == .number(150))
        #expect(value["hex"] == .number(255))
        #expect(value["lead"] == .number(0.5))
        #expect(value["trail"] == .number(5))
        #expect(value["inf"] == .number(-.infinity))
        #expect(value["list"] == .array([.number(1), .string("two"), .array([]), .object([]), .null, .bool(true), .bool(false)]))
        let runtime = try #require(value.member("runtime"))
        #expect((runtime.line, runtime.column) == (6, 16))
    }

    @Test func readsEveryEscape() throws {
        let value = try parse(#"['\b\f\n\r\t\v\0\x41\u00e9\uD83D\uDE00\"\'\\\/\q', "a\#nb" ]"#.replacingOccurrences(of: "a\nb", with: "a\\\nb"))
        #expect(value == .array([.string("\u{8}\u{C}\n\r\t\u{B}\0Aé😀\"'\\/q"), .string("ab")]))
        #expect(try parse("{ \\u0061b: 1 }")["ab"] == .number(1))
        #expect(try parse("'line\\\r\nnext'") == .string("linenext"))
        #expect(try parse("'sep\u{2028}ok'") == .string("sep\u{2028}ok"))
    }

    @Test func aRepeatedKeyKeepsItsLastValueAsJSON5Does() throws {
        let value = try parse(#"{ "a": 1, "b": 2, "a": 3 }"#)
        #expect(value["a"] == .number(3))
        #expect(value.members.map(\.key) == ["b", "a"])
    }

    @Test func refusesWhatJSON5RefusesWithItsPlace() {
        let cases: [(String, Int, Int, String)] = [
            ("", 1, 1, "no value: the text is empty"),
            ("  // only a comment\n", 2, 1, "no value: the text is empty"),
            ("{\n  \"a\": 1\n", 3, 1, "unterminated object (opened at 1:1)"),
            ("{ a: 1 b: 2 }", 1, 8, "invalid character 'b': expected ',' or '}'"),
            ("{ a 1 }", 1, 5, "invalid character '1': expected ':' after the key"),
            ("{ 1a: 1 }", 1, 3, "invalid character '1': expected a key"),
            ("{ a: 1,, }", 1, 8, "invalid character ',': expected a key"),
            ("[1,,2]", 1, 4, "invalid character ',': expected a value"),
            ("'open\nstring'", 1, 6, "U+000A inside a string (opened at 1:1): end it first, or continue it with a backslash"),
            ("\"never closed", 1, 14, "unterminated string (opened at 1:1)"),
            ("/* never closed", 1, 1, "unterminated /* comment"),
            ("{ a: / }", 1, 6, "invalid character '/' (a comment starts with // or /*)"),
            ("01", 1, 2, "invalid character '1': a number cannot start with 0"),
            ("0x", 1, 3, "a hexadecimal number needs digits after 0x"),
            ("1e", 1, 3, "expected a digit in the exponent"),
            ("12abc", 1, 3, "invalid character 'a' after a number"),
            ("1.2.3", 1, 4, "invalid character '.' after a number"),
            ("+", 1, 2, "unexpected end of text: expected a number"),
            ("tru", 1, 4, "unexpected end of text in 'true'"),
            ("nulls", 1, 5, "invalid character 's' after 'null'"),
            ("Infinit", 1, 8, "unexpected end of text in 'Infinity'"),
            ("'\\1'", 1, 3, "invalid escape '\\1': JSON5 has no octal escapes"),
            ("'\\01'", 1, 4, "invalid escape '\\0' followed by a digit"),
            ("'\\x4'", 1, 5, "\\x needs 2 hexadecimal digits"),
            ("'\\u12G4'", 1, 6, "\\u needs 4 hexadecimal digits"),
            ("'\\uD800'", 1, 2, "a lone surrogate \\uD800"),
            ("'\\uDC00'", 1, 2, "a lone surrogate \\uDC00"),
            ("{ a\\x41: 1 }", 1, 5, "invalid escape in a key: only \\uHHHH is allowed there"),
            ("{ \\u0031: 1 }", 1, 3, "'1' cannot be part of an unquoted key"),
            ("{} {}", 1, 4, "unexpected '{' after the value"),
            ("{}\u{0}", 1, 3, "unexpected U+0000 after the value"),
            ("@", 1, 1, "invalid character '@': expected a value"),
            ("\u{202E}1", 1, 1, "invalid character U+202E: expected a value"),
            ("[\n\n   ]]", 3, 5, "unexpected ']' after the value"),
        ]
        for (text, line, column, message) in cases {
            let error = failure(text)
            #expect(error == JSON5Error(line: line, column: column, message: message), "\(text.debugDescription)")
        }
    }

    @Test func countsLinesAcrossEveryLineBreak() {
        #expect(failure("[\r\n1,\r2,\u{2028}3,\u{2029}4 x]")?.description == "5:3: invalid character 'x': expected ',' or ']'")
    }

    @Test func hostileInputIsRefusedNotCrashedOn() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(failure(deep)?.message == "nested deeper than \(JSON5Reader.maximumDepth) objects and arrays")
        let deepObjects = String(repeating: "{a:", count: 5_000)
        #expect(failure(deepObjects)?.message == "nested deeper than \(JSON5Reader.maximumDepth) objects and arrays")
        let justDeepEnough = String(repeating: "[", count: JSON5Reader.maximumDepth) + String(repeating: "]", count: JSON5Reader.maximumDepth)
        #expect(failure(justDeepEnough) == nil)
        #expect(failure("/*" + String(repeating: "* /", count: 10_000))?.message == "unterminated /* comment")
        #expect(failure(String(repeating: "/**/", count: 10_000)) == JSON5Error(line: 1, column: 40_001, message: "no value: the text is empty"))
        let long = "'" + String(repeating: "x", count: 1_000_000)
        #expect(failure(long)?.message == "unterminated string (opened at 1:1)")
        let invalidUTF8 = String(decoding: [0x7B, 0x61, 0x3A, 0xFF, 0x7D] as [UInt8], as: UTF8.self)
        #expect(failure(invalidUTF8)?.message == "invalid character '\u{FFFD}': expected a value")
    }

    @Test func theJSONDialectRefusesJSON5Additions() {
        let cases: [(String, String)] = [
            ("// c\n{}", "invalid character '/': expected a value"),
            ("{a: 1}", "invalid character 'a': expected a key in double quotes"),
            ("{\"a\": 1,}", "invalid character '}': JSON allows no comma before it"),
            ("[1,]", "invalid character ']': JSON allows no comma before it"),
            ("'x'", "invalid character ''': expected a value"),
            ("+1", "invalid character '+': expected a value"),
            (".5", "invalid character '.': expected a value"),
            ("5.", "expected a digit after '.'"),
            ("0x1", "invalid character 'x' after a number"),
            ("NaN", "invalid character 'N': expected a value"),
            ("\"\\v\"", "invalid escape '\\v'"),
            ("\"tab\there\"", "U+0009 inside a string (opened at 1:1): write it as an escape"),
            ("\u{FEFF}{}", "invalid character U+FEFF: expected a value"),
        ]
        for (text, message) in cases {
            #expect(failure(text, .json)?.message == message, "\(text.debugDescription)")
        }
        let plain = try? parse(#"{"a": [1, -2.5e3, "\u00e9"], "b": null}"#, .json)
        #expect(plain == .object([
            JSON5Member(key: "a", value: .array([.number(1), .number(-2500), .string("é")]), line: 1, column: 2),
            JSON5Member(key: "b", value: .null, line: 1, column: 30),
        ]))
    }
}

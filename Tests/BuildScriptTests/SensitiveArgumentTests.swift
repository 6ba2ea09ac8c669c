import BuildScript
import Testing

/// `Interpreter.sensitiveArguments(in:)`: the values written out for parameters declared
/// sensitive, wherever the command stands, and only those that hold text of their own.
@Suite("Sensitive arguments")
struct SensitiveArgumentTests {
    /// `set secret KEY-ARG value=…`: a noun verb with a sensitive named parameter and a sensitive
    /// positional one, beside a plain `note(text, secret=…)` function.
    private static func interpreter() -> Interpreter {
        let interpreter = Interpreter(host: TestHost())
        interpreter.register([
            Verb(
                "set", noun: Noun("secret"), summary: "Store a secret.",
                parameters: [
                    .positional("label", .string, required: false),
                    Parameter("pin", .string, positional: true, sensitive: true),
                    .named("key", .string), .named("value", .string, aliases: ["val"], sensitive: true),
                ]
            ) { _, _ in .null },
            Verb(
                "note", summary: "A function with a sensitive parameter.",
                parameters: [.positional("text", .string), .named("secret", .string, sensitive: true)]
            ) { _, _ in .null },
        ])
        return interpreter
    }

    /// The text of each sensitive value found in `source`.
    private func values(in source: String) -> [String]? {
        Self.interpreter().sensitiveArguments(in: source)?.map { argument in
            let bytes = Array(source.utf8)[argument.range.start.offset..<argument.range.end.offset]
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test("a value written out is found, in any form", arguments: [
        (#"set secret key=K value="sk_test_abc123""#, #""sk_test_abc123""#),
        ("set secret key=K value=sk_test_abc123", "sk_test_abc123"),
        ("set secret key=K val=12345", "12345"),
        (#"set secret key=K value="sk_${$suffix}""#, #""sk_${$suffix}""#),
        (#"set secret key=K value=(upper("abc"))"#, #"(upper("abc"))"#),
        (#"set secret key=K value=env("X", "fallback")"#, #"env("X", "fallback")"#),
        ("set secret key=K value='raw text'", "'raw text'"),
    ])
    func findsWrittenValues(source: String, value: String) {
        #expect(values(in: source) == [value])
    }

    @Test("a value read from elsewhere is not one", arguments: [
        "set secret key=K value=$v",
        "set secret key=K value=$config.stripe",
        "set secret key=K value=@secret.txt",
        #"set secret key=K value=env("STRIPE_KEY")"#,
        #"set secret key=K"#,
        #"print "value=not-a-parameter""#,
        #"let value = "x""#,
    ])
    func ignoresValuesReadFromElsewhere(source: String) {
        #expect(values(in: source) == [])
    }

    @Test("positional sensitive parameters, calls, and every place a command can stand")
    func findsValuesEverywhere() {
        #expect(values(in: "set secret mine 4321") == ["4321"])
        #expect(values(in: #"note("hi", secret="s1")"#) == [#""s1""#])
        let nested = """
            foreach k in ["a", "b"] { set secret key=$k value="s1" }
            if true { try { set secret value=s2 } catch { print 1 } }
            def setup() { set secret value="s3" }
            [1] | set secret value="s4"
            print (set secret value=s5)
            """
        #expect(values(in: nested) == [#""s1""#, "s2", #""s3""#, #""s4""#, "s5"])
    }

    @Test("a source that does not parse gives nil, so a host can keep none of it")
    func syntaxErrorsGiveNil() {
        #expect(values(in: #"set secret value="sk" )"#) == nil)
    }

    @Test("the command, parameter and plain-text arguments are named; replacing keeps the rest of the line")
    func replacingValues() throws {
        let source = #"set secret key=STRIPE_SECRET label="é" value="sk_ü" ; set secret value=abc key=other"#
        let found = try #require(Self.interpreter().sensitiveArguments(in: source))
        #expect(found.map(\.command) == ["set secret", "set secret"])
        #expect(found.map(\.parameter) == ["value", "value"])
        #expect(found[0].otherArguments == ["key": "STRIPE_SECRET", "label": "é"])
        #expect(found[1].otherArguments == ["key": "other"])
        var asked: [String] = []
        let replaced = SensitiveArgument.replacing(found, in: source) { argument in
            asked.append(argument.otherArguments["key"] ?? "")
            return "<\(asked.count)>"
        }
        #expect(replaced == #"set secret key=STRIPE_SECRET label="é" value=<1> ; set secret value=<2> key=other"#)
        #expect(asked == ["STRIPE_SECRET", "other"])
    }

    @Test("a value inside another goes with the outer one")
    func nestedValuesGoWithTheOuter() throws {
        let source = #"set secret value=(set secret value="inner")"#
        let found = try #require(Self.interpreter().sensitiveArguments(in: source))
        #expect(found.count == 2)
        #expect(SensitiveArgument.replacing(found, in: source) { _ in "X" } == "set secret value=X")
    }
}

import BuildScript
import Testing

/// `Interpreter.fileReferences(in:)`, `FileReference.written(_:kind:)`, `SourceEdit.apply(_:to:)` and
/// `asksOnlyForHelp(_:)`: what a host needs to write typed statements into a script elsewhere.
@Suite("File references")
struct FileReferenceTests {
    private static func interpreter() -> Interpreter {
        let interpreter = Interpreter(host: TestHost())
        interpreter.register([
            Verb("store", summary: "Keep a value.", parameters: [.named("name", .string), .named("value", .any, sensitive: true)]) { _, _ in .null },
        ])
        return interpreter
    }

    /// Each reference as (path, the text its range covers, kind).
    private func references(in source: String) -> [(String, String, FileReference.Kind)]? {
        Self.interpreter().fileReferences(in: source)?.map { reference in
            let bytes = Array(source.utf8)[reference.range.start.offset..<reference.range.end.offset]
            return (reference.path, String(decoding: bytes, as: UTF8.self), reference.kind)
        }
    }

    @Test func everyAtPathAndSourceIsFoundWhereverItStands() throws {
        let source = """
            let a = @docs/hello.js
            store name=x value=[@"my file.txt", {k: @'b.txt'}]
            if len(@c.txt) > 0 { print (@d.txt + "!") }
            def f() { return @in-def.txt }
            source "lib.bsh"
            source other.bsh
            foreach n in [1] parallel 2 { print @e.txt }
            """
        let found = try #require(references(in: source))
        #expect(found.map(\.0) == ["docs/hello.js", "my file.txt", "b.txt", "c.txt", "d.txt", "in-def.txt", "lib.bsh", "other.bsh", "e.txt"])
        #expect(found.map(\.1) == [
            "@docs/hello.js", #"@"my file.txt""#, "@'b.txt'", "@c.txt", "@d.txt", "@in-def.txt", #""lib.bsh""#, "other.bsh", "@e.txt",
        ])
        #expect(found.map(\.2) == [.contents, .contents, .contents, .contents, .contents, .contents, .source, .source, .contents])
    }

    @Test func aPathBuiltAtRunTimeIsNoneAndASyntaxErrorGivesNil() {
        #expect(references(in: #"source "${$dir}/lib.bsh""#)?.isEmpty == true)
        #expect(references(in: "let p = \"x.txt\"\nsource $p")?.isEmpty == true)
        #expect(references(in: "print (@a.txt") == nil)
    }

    @Test("a path is written back so that it reads the same", arguments: [
        ("docs/hello.js", FileReference.Kind.contents, "@docs/hello.js"),
        ("/abs/x.js", .contents, "@/abs/x.js"),
        ("my file.txt", .contents, #"@"my file.txt""#),
        ("a,b|c.txt", .contents, #"@"a,b|c.txt""#),
        (#"quote"d"#, .contents, #"@quote"d"#),
        ("tab\tin", .contents, #"@"tab\tin""#),
        ("a#b.txt", .contents, "@a#b.txt"),
        ("'lead", .contents, #"@"'lead""#),
        ("${x}.txt", .contents, #"@"\${x}.txt""#),
        ("lib.bsh", .source, #""lib.bsh""#),
    ])
    func writtenPaths(path: String, kind: FileReference.Kind, written: String) throws {
        #expect(FileReference.written(path, kind: kind) == written)
        // Read back, the written form names the same path.
        let source = kind == .contents ? "print \(written)" : "source \(written)"
        let found = try #require(Self.interpreter().fileReferences(in: source))
        #expect(found.map(\.path) == [path])
    }

    @Test func editsAreMadeOuterFirstAndOverlapsDropped() throws {
        let interpreter = Self.interpreter()
        let source = #"store name=n value=("a" + @inner.txt) ; print @outer.txt"#
        let values = try #require(interpreter.sensitiveArguments(in: source))
        let files = try #require(interpreter.fileReferences(in: source))
        #expect(files.count == 2)
        let edits = SensitiveArgument.edits(values) { _ in #"env("V")"# }
            + files.map { SourceEdit(range: $0.range, text: FileReference.written("/base/" + $0.path, kind: $0.kind)) }
        #expect(SourceEdit.apply(edits, to: source) == #"store name=n value=env("V") ; print @/base/outer.txt"#)
        #expect(SourceEdit.apply([], to: source) == source)
        let outside = SourceEdit(range: SourceRange(file: "x", start: .start, end: SourceLocation(line: 1, column: 1, offset: 9999)), text: "?")
        #expect(SourceEdit.apply([outside], to: "abc") == "abc")
    }

    @Test func onlyAHelpRequestAsksOnlyForHelp() {
        let interpreter = Self.interpreter()
        #expect(interpreter.asksOnlyForHelp("help"))
        #expect(interpreter.asksOnlyForHelp("help store"))
        #expect(interpreter.asksOnlyForHelp("help create build; help foreach"))
        #expect(!interpreter.asksOnlyForHelp("let h = help store"))
        #expect(!interpreter.asksOnlyForHelp("help store; store name=x value=1"))
        #expect(!interpreter.asksOnlyForHelp("print \"help\""))
        #expect(!interpreter.asksOnlyForHelp("help ("))
        #expect(!interpreter.asksOnlyForHelp(""))
    }
}

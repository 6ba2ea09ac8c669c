@testable import BuildScript
import Testing

/// Prints an AST compactly, to compare parses with expected shapes.
enum ASTPrinter {
    static func print(_ statements: [Statement]) -> String {
        statements.map(print).joined(separator: "; ")
    }

    static func print(_ statement: Statement) -> String {
        switch statement.kind {
        case .expression(let e): return print(e)
        case .declare(let name, let value): return "(let \(name) \(print(value)))"
        case .assign(let name, let value): return "(set \(name) \(print(value)))"
        case .append(let name, let value): return "(append \(name) \(print(value)))"
        case .conditional(let c, let t, let o):
            return "(if \(print(c)) {\(print(t.statements))}" + (o.map { " else {\(print($0.statements))}" } ?? "") + ")"
        case .loop(let c, let b): return "(while \(print(c)) {\(print(b.statements))})"
        case .foreach(let v, let s, let p, let b):
            return "(foreach \(v) \(print(s))" + (p.map { " parallel \(print($0))" } ?? "") + " {\(print(b.statements))})"
        case .define(let name, let params, let body):
            return "(def \(name) \(params.map(\.name)) {\(print(body.statements))})"
        case .returnValue(let v): return "(return" + (v.map { " " + print($0) } ?? "") + ")"
        case .breakLoop: return "(break)"
        case .continueLoop: return "(continue)"
        case .attempt(let body, let name, let handler):
            return "(try {\(print(body.statements))} catch \(name?.name ?? "_") {\(print(handler.statements))})"
        case .exit(let code): return "(exit" + (code.map { " " + print($0) } ?? "") + ")"
        case .source(let path): return "(source \(print(path)))"
        }
    }

    static func print(_ e: Expression) -> String {
        switch e.kind {
        case .literal(let v): return v.value.literalDescription
        case .bareWord(let w): return "word:\(w)"
        case .interpolated(let parts):
            return "(str " + parts.map { if case .expression(let x) = $0 { return print(x) } else if case .text(let t) = $0 { return "\"\(t)\"" } else { return "" } }.joined(separator: " ") + ")"
        case .variable(let s): return "$\(s)"
        case .field(let f): return "field:\(f)"
        case .filePath(let p): return "@\(p)"
        case .list(let l): return "[" + l.map(print).joined(separator: " ") + "]"
        case .record(let r): return "{" + r.map { "\($0.key): \(print($0.value))" }.joined(separator: " ") + "}"
        case .member(let b, let n): return "\(print(b)).\(n)"
        case .index(let b, let i): return "\(print(b))[\(print(i))]"
        case .call(let c): return "(call \(c.name)" + arguments(c) + ")"
        case .unary(let op, let x): return "(\(op.rawValue) \(print(x)))"
        case .binary(let op, let l, let r): return "(\(op.rawValue) \(print(l)) \(print(r)))"
        case .command(let c): return "(cmd \(c.name)" + arguments(c) + ")"
        case .pipeline(let p): return "(pipe \(print(p.source))" + p.stages.map { " | " + print($0) }.joined() + ")"
        }
    }

    static func arguments(_ c: Command) -> String {
        c.arguments.map { " " + ($0.name.map { "\($0)=" } ?? "") + print($0.value) }.joined()
    }

    static func print(_ stage: PipelineStage) -> String {
        switch stage.kind {
        case .filter(let c): return "where \(print(c))"
        case .select(let f): return "select \(f.joined(separator: ","))"
        case .sort(let k, let d): return "sort \(print(k))" + (d ? " desc" : "")
        case .first(let n): return n.map { "first \(print($0))" } ?? "first"
        case .count: return "count"
        case .command(let c): return "(cmd \(c.name)" + arguments(c) + ")"
        }
    }
}

@Suite("Parser")
struct ParserTests {
    private func parse(_ source: String) -> String {
        let (program, diagnostics) = Parser.parse(source, file: "t")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return ASTPrinter.print(program.statements)
    }

    private func errors(_ source: String) -> [String] {
        Parser.parse(source, file: "t").diagnostics.map { "\($0.range.start): \($0.message)" }
    }

    @Test("precedence and associativity", arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("not $a and $b or $c", "(or (and (not $a) $b) $c)"),
        ("$a == 1 and $b != 2", "(and (== $a 1) (!= $b 2))"),
        ("-$x * 2", "(* (- $x) 2)"),
        ("$x.a.b[0]", "$x.a.b[0]"),
        ("2 in [1, 2]", "(in 2 [1 2])"),
        ("now() - 7d", "(- (call now) 7d)"),
    ])
    func precedence(source: String, tree: String) {
        #expect(parse(source) == tree)
    }

    @Test("commands: nouns, bare words, named arguments, collections")
    func commands() {
        #expect(parse("create function version $fn path=/hello/a.js visibility=public")
            == "(cmd create word:function word:version $fn path=word:/hello/a.js visibility=word:public)")
        #expect(parse("create build functions=[$v1, ZN2] dependencies={twilio: 5.3.0} runtime=node22")
            == "(cmd create word:build functions=[$v1 word:ZN2] dependencies={twilio: word:5.3.0} runtime=word:node22)")
        #expect(parse("print -5 3s true x(1) @a.txt \"s\"") == "(cmd print -5 3s true (call x 1) @a.txt \"s\")")
        #expect(parse("let b = create build runtime=node22") == "(let b (cmd create word:build runtime=word:node22))")
        #expect(parse("len($x)") == "(call len $x)")
    }

    @Test("pipelines from commands and expressions, continued on the next line")
    func pipelines() {
        #expect(parse("list builds | where status == \"failed\" | select sid, status | sort date_created desc | first 5 | count")
            == "(pipe (cmd list word:builds) | where (== field:status \"failed\") | select sid,status | sort field:date_created desc | first 5 | count)")
        #expect(parse("$xs\n  | first 2") == "(pipe $xs | first 2)")
        #expect(parse("list builds | delete build") == "(pipe (cmd list word:builds) | (cmd delete word:build))")
    }

    @Test("control forms")
    func control() {
        #expect(parse("if $a { 1 } else if $b { 2 } else { 3 }") == "(if $a {1} else {(if $b {2} else {3})})")
        #expect(parse("foreach b in list builds parallel 8 { delete build $b }")
            == "(foreach b (cmd list word:builds) parallel 8 {(cmd delete word:build $b)})")
        #expect(parse("def f(a, $b) { return $a }") == "(def f [\"a\", \"b\"] {(return $a)})")
        #expect(parse("try { x } catch e { y }") == "(try {(cmd x)} catch e {(cmd y)})")
        #expect(parse("while $i < 3 { i += 1; continue }") == "(while (< $i 3) {(append i 1); (continue)})")
        #expect(parse("exit 2; source lib.bsh") == "(exit 2); (source word:lib.bsh)")
        #expect(parse("s = $s + \"x\"") == "(append s \"x\")")
        #expect(parse("\"a ${name} ${$n + 1}\"") == "(str \"a \" $name \" \" (+ $n 1))")
    }

    @Test("every syntax error is reported in one pass, with positions")
    func recovery() {
        #expect(errors("let = 1\nprint ok\nif { }\nlet x = (1 +\n") == [
            "1:5: expected a variable name after 'let' but found '='",
            "3:4: expected a condition after 'if' but found '{'",
            "5:1: expected an expression but found end of input",
        ])
        #expect(errors("foreach x [1] { }\n}\ndef (a) {}") == [
            "1:11: expected 'in' after the loop variable but found '['",
            "2:1: unexpected '}' with no block to close",
            "3:5: expected a procedure name after 'def' but found '('",
        ])
        #expect(errors("if $x { print 1\n") == ["2:1: expected '}' to close the block opened at 1:7"])
        #expect(errors("1 < 2 < 3") == ["1:7: comparisons do not chain; combine them with 'and'"])
        #expect(errors("print \"${}\"") == ["1:10: empty interpolation '${}'"])
        #expect(errors("print 1 + 2") == ["1:9: operator '+' in a command argument; put the expression in parentheses: (a + b)"])
        #expect(errors("print 6 * 7") == ["1:9: operator '*' in a command argument; put the expression in parentheses: (a * b)"])
    }

    @Test("completeness for the REPL", arguments: [
        ("print 1", true), ("if $x {", false), ("[1,", false), ("(1", false), ("\"abc", false), ("list builds |", false),
        ("print a \\", false), ("1 +", false), ("}", true), ("let x = 1 # {", true), ("\"${\"", false), ("$x and", false),
    ])
    func completeness(source: String, complete: Bool) {
        #expect(Interpreter.isComplete(source) == complete)
    }
}

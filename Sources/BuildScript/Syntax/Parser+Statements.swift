extension Parser {
    /// Parses statements until `terminator` (or the end of input when `nil`).
    mutating func parseStatements(until terminator: TokenKind?) -> [Statement] {
        var statements: [Statement] = []
        while true {
            while current.kind == .newline || current.kind == .semicolon { advance() }
            if current.kind == .eof { return statements }
            if let terminator, current.kind == terminator { return statements }
            if terminator == nil, current.kind == .rightBrace {
                report(Diagnostic(message: "unexpected '}' with no block to close", range: current.range))
                advance()
                continue
            }
            let statementStart = position
            do throws(Abort) {
                statements.append(try parseStatement())
                if !isStatementEnd { throw expected("end of statement (a newline or ';')") }
            } catch {
                synchronize(from: statementStart)
            }
        }
    }

    mutating func parseBlock(_ what: String) throws(Abort) -> Block {
        let open = current
        guard open.kind == .leftBrace else { throw expected("'{' to begin \(what)") }
        try enter()
        defer { leave() }
        advance()
        let statements = parseStatements(until: .rightBrace)
        guard current.kind == .rightBrace else {
            throw error("expected '}' to close the block opened at \(open.range.start)", at: current.range)
        }
        advance()
        return Block(statements: statements, range: open.range.joined(tokens[position - 1].range))
    }

    mutating func parseStatement() throws(Abort) -> Statement {
        let start = current.range.start
        if case .word(let word) = current.kind {
            switch word {
            case "let": return try parseLet()
            case "if": return try parseIf()
            case "while":
                advance()
                if current.kind == .leftBrace { throw expected("a condition after 'while'") }
                let condition = try parseExpression()
                let body = try parseLoopBody()
                return Statement(.loop(condition: condition, body: body), range(from: start))
            case "foreach": return try parseForeach()
            case "def": return try parseDef()
            case "return":
                if procedureDepth == 0 { throw error("'return' outside a procedure", at: current.range) }
                advance()
                let value = isStatementEnd ? nil : try parsePipeline()
                return Statement(.returnValue(value), range(from: start))
            case "break":
                if loopDepth == 0 { throw error("'break' outside a loop", at: current.range) }
                advance()
                return Statement(.breakLoop, range(from: start))
            case "continue":
                if loopDepth == 0 { throw error("'continue' outside a loop", at: current.range) }
                advance()
                return Statement(.continueLoop, range(from: start))
            case "try": return try parseTry()
            case "exit":
                advance()
                let code = isStatementEnd ? nil : try parseExpression()
                return Statement(.exit(code), range(from: start))
            case "source":
                advance()
                let path = try parseArgumentValue(allowRecord: false)
                return Statement(.source(path), range(from: start))
            case "else", "catch":
                throw error("'\(word)' without a matching '\(word == "else" ? "if" : "try")'", at: current.range)
            default:
                if !Parser.keywords.contains(word), let assignment = try parseAssignment(name: word, start: start) {
                    return assignment
                }
            }
        }
        if case .variable(let name) = current.kind, let assignment = try parseAssignment(name: name, start: start) {
            return assignment
        }
        let value = try parsePipeline()
        return Statement(.expression(value), range(from: start))
    }

    private mutating func parseLoopBody() throws(Abort) -> Block {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return try parseBlock("the loop body")
    }

    private mutating func parseAssignment(name: String, start: SourceLocation) throws(Abort) -> Statement? {
        if [.assign, .plusAssign].contains(peekKind()) { try refuseReserved(name, at: current.range) }
        switch peekKind() {
        case .assign:
            advance(); advance()
            let value = try parsePipeline()
            // `s = $s + x` appends in place, like `s += x` (same result, no copy of a long string).
            if case .binary(.add, let left, let right) = value.kind, case .variable(let symbol) = left.kind, symbol.name == name {
                return Statement(.append(name: symbol, value: right), range(from: start))
            }
            return Statement(.assign(name: Symbol(name), value: value), range(from: start))
        case .plusAssign:
            advance(); advance()
            let value = try parsePipeline()
            return Statement(.append(name: Symbol(name), value: value), range(from: start))
        default:
            return nil
        }
    }

    private mutating func parseVariableName(_ what: String) throws(Abort) -> String {
        let range = current.range
        let name: String
        if case .variable(let variable) = current.kind {
            advance()
            name = variable
        } else {
            name = try expectWord(what).0
        }
        try refuseReserved(name, at: range)
        return name
    }

    /// `ans` is the interpreter's: the previous result. A script naming its own variable so would
    /// lose it at the next statement that produces a value (IPython's `_` pitfall), so it is refused.
    private mutating func refuseReserved(_ name: String, at range: SourceRange) throws(Abort) {
        guard name == Symbol.previousResult else { return }
        throw error(
            "'\(name)' holds the previous result ($\(name)) and cannot be set by a script; choose another name",
            at: range)
    }

    private mutating func parseLet() throws(Abort) -> Statement {
        let start = advance().range.start
        let name = try parseVariableName("a variable name after 'let'")
        try expect(.assign, "'=' after the variable name")
        let value = try parsePipeline()
        return Statement(.declare(name: Symbol(name), value: value), range(from: start))
    }

    private mutating func parseIf() throws(Abort) -> Statement {
        let start = advance().range.start
        if current.kind == .leftBrace { throw expected("a condition after 'if'") }
        let condition = try parseExpression()
        let then = try parseBlock("the 'if' body")
        var otherwise: Block?
        if skipNewlines(ifFollowedBy: { $0 == .word("else") }) {
            advance()
            if isWord("if") {
                try enter()
                defer { leave() }
                let nested = try parseIf()
                otherwise = Block(statements: [nested], range: nested.range)
            } else {
                otherwise = try parseBlock("the 'else' body")
            }
        }
        return Statement(.conditional(condition: condition, then: then, otherwise: otherwise), range(from: start))
    }

    private mutating func parseForeach() throws(Abort) -> Statement {
        let start = advance().range.start
        let variable = try parseVariableName("a loop variable name after 'foreach'")
        guard isWord("in") else { throw expected("'in' after the loop variable") }
        advance()
        let source = try parsePipeline(stopWords: ["parallel"])
        var parallel: Expression?
        if isWord("parallel") {
            advance()
            parallel = try parseExpression()
        }
        let body = try parseLoopBody()
        return Statement(.foreach(variable: Symbol(variable), source: source, parallel: parallel, body: body), range(from: start))
    }

    private mutating func parseDef() throws(Abort) -> Statement {
        let start = advance().range.start
        let (name, _) = try expectWord("a procedure name after 'def'")
        try expect(.leftParen, "'(' after the procedure name")
        var parameters: [String] = []
        while current.kind != .rightParen {
            let parameterStart = current.range
            let parameter = try parseVariableName("a parameter name")
            if parameters.contains(parameter) {
                throw error("duplicate parameter '\(parameter)'", at: parameterStart)
            }
            parameters.append(parameter)
            if current.kind == .comma { advance() } else if current.kind != .rightParen {
                throw expected("',' or ')' in the parameter list")
            }
        }
        advance()
        let (savedLoops, savedProcedures) = (loopDepth, procedureDepth)
        (loopDepth, procedureDepth) = (0, procedureDepth + 1)
        defer { (loopDepth, procedureDepth) = (savedLoops, savedProcedures) }
        let body = try parseBlock("the procedure body")
        return Statement(.define(name: name, parameters: parameters.map(Symbol.init), body: body), range(from: start))
    }

    private mutating func parseTry() throws(Abort) -> Statement {
        let start = advance().range.start
        let body = try parseBlock("the 'try' body")
        guard skipNewlines(ifFollowedBy: { $0 == .word("catch") }) else { throw expected("'catch' after the 'try' block") }
        advance()
        var errorName: String?
        if current.kind != .leftBrace { errorName = try parseVariableName("an error variable name or '{' after 'catch'") }
        let handler = try parseBlock("the 'catch' body")
        return Statement(.attempt(body: body, errorName: errorName.map(Symbol.init), handler: handler), range(from: start))
    }
}

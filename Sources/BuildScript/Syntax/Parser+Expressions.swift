extension Parser {
    /// Parses an expression (no bare commands; those need parentheses inside expressions).
    mutating func parseExpression() throws(Abort) -> Expression {
        try parseOr()
    }

    private mutating func parseOr() throws(Abort) -> Expression {
        try parseLeftAssociative({ parser throws(Abort) in try parser.parseAnd() }, { $0.isWord("or") ? .or : nil })
    }

    private mutating func parseAnd() throws(Abort) -> Expression {
        try parseLeftAssociative({ parser throws(Abort) in try parser.parseNot() }, { $0.isWord("and") ? .and : nil })
    }

    /// `operand { OP operand }`, grouped from the left; `op` names the operator at the current
    /// token, or nil where the chain ends. A long chain counts against the nesting limit.
    private mutating func parseLeftAssociative(
        _ operand: (inout Parser) throws(Abort) -> Expression, _ op: (Parser) -> BinaryOperator?
    ) throws(Abort) -> Expression {
        var left = try operand(&self)
        var length = 0
        while let op = op(self) {
            try chain(&length)
            advance()
            let right = try operand(&self)
            left = Expression(.binary(op, left, right), left.range.joined(right.range))
        }
        return left
    }

    private mutating func parseNot() throws(Abort) -> Expression {
        if isWord("not") {
            try enter()
            defer { leave() }
            let start = advance().range
            let operand = try parseNot()
            return Expression(.unary(.not, operand), start.joined(operand.range))
        }
        return try parseComparison()
    }

    private mutating func comparisonOperator() -> BinaryOperator? {
        switch current.kind {
        case .op(let text):
            switch text {
            case "==": return .equal
            case "!=": return .notEqual
            case "<": return .less
            case "<=": return .lessOrEqual
            case ">": return .greater
            case ">=": return .greaterOrEqual
            default: return nil
            }
        case .word("in"): return .in
        default: return nil
        }
    }

    private mutating func parseComparison() throws(Abort) -> Expression {
        let left = try parseAdditive()
        guard let op = comparisonOperator() else { return left }
        advance()
        let right = try parseAdditive()
        if comparisonOperator() != nil {
            throw error("comparisons do not chain; combine them with 'and'", at: current.range)
        }
        return Expression(.binary(op, left, right), left.range.joined(right.range))
    }

    private mutating func parseAdditive() throws(Abort) -> Expression {
        try parseLeftAssociative({ parser throws(Abort) in try parser.parseMultiplicative() }) { parser in
            guard case .op(let text) = parser.current.kind else { return nil }
            return text == "+" ? .add : text == "-" ? .subtract : nil
        }
    }

    private mutating func parseMultiplicative() throws(Abort) -> Expression {
        try parseLeftAssociative({ parser throws(Abort) in try parser.parseUnary() }) { parser in
            guard case .op(let text) = parser.current.kind else { return nil }
            return text == "*" ? .multiply : text == "/" ? .divide : text == "%" ? .remainder : nil
        }
    }

    private mutating func parseUnary() throws(Abort) -> Expression {
        if current.kind == .op("-") {
            try enter()
            defer { leave() }
            let start = advance().range
            let operand = try parseUnary()
            if case .literal(.number(let n)) = operand.kind { return Expression(.literal(.number(-n)), start.joined(operand.range)) }
            return Expression(.unary(.negate, operand), start.joined(operand.range))
        }
        return try parsePostfix(try parsePrimary(), adjacentOnly: false)
    }

    /// Parses `.field` and `[index]` suffixes; in argument position they must touch the value.
    mutating func parsePostfix(_ base: Expression, adjacentOnly: Bool) throws(Abort) -> Expression {
        var value = base
        var length = 0
        while !(adjacentOnly && current.spaceBefore) {
            if current.kind == .dot || current.kind == .leftBracket { try chain(&length) }
            switch current.kind {
            case .dot:
                advance()
                guard case .word(let name) = current.kind else { throw expected("a field name after '.'") }
                let end = advance().range
                value = Expression(.member(value, name), value.range.joined(end))
            case .leftBracket:
                advance()
                let index = try parseNestedExpression()
                guard current.kind == .rightBracket else { throw expected("']' after the index") }
                let end = advance().range
                value = Expression(.index(value, index), value.range.joined(end))
            default:
                return value
            }
        }
        return value
    }

    mutating func parsePrimary() throws(Abort) -> Expression {
        let token = current
        switch token.kind {
        case .number(let n):
            advance()
            return Expression(.literal(.number(n)), token.range)
        case .duration(let seconds):
            advance()
            return Expression(.literal(.duration(seconds)), token.range)
        case .string(let parts):
            advance()
            return try stringExpression(parts, range: token.range)
        case .variable(let name):
            advance()
            return Expression(.variable(Symbol(name)), token.range)
        case .path(let path):
            advance()
            return Expression(.filePath(path), token.range)
        case .leftParen:
            return try parseParenthesized()
        case .leftBracket:
            return try parseList()
        case .leftBrace:
            return try parseRecord()
        case .word(let word):
            switch word {
            case "true", "false":
                advance()
                return Expression(.literal(.bool(word == "true")), token.range)
            case "null":
                advance()
                return Expression(.literal(.null), token.range)
            default:
                if Parser.keywords.contains(word) { throw expected("an expression") }
                advance()
                if current.kind == .leftParen, !current.spaceBefore {
                    let arguments = try parseCallArguments()
                    let command = Command(name: word, nameRange: token.range, arguments: arguments)
                    return Expression(.call(command), range(from: token.range.start))
                }
                return Expression(.field(word), token.range)
            }
        default:
            throw expected("an expression")
        }
    }

    /// An expression one nesting level deeper (an index inside `[...]`).
    private mutating func parseNestedExpression() throws(Abort) -> Expression {
        try enter()
        defer { leave() }
        return try parseExpression()
    }

    private mutating func parseParenthesized() throws(Abort) -> Expression {
        let (open, savedMode) = try enterParentheses()
        defer { leaveParentheses(restoring: savedMode) }
        let inner = try parsePipeline()
        guard current.kind == .rightParen else {
            throw error("expected ')' to close the '(' at \(open.range.start) but found \(current.kind.display)", at: current.range)
        }
        advance()
        return Expression(inner.kind, range(from: open.range.start))
    }

    private mutating func parseCallArguments() throws(Abort) -> [Argument] {
        let (open, savedMode) = try enterParentheses()
        defer { leaveParentheses(restoring: savedMode) }
        var arguments: [Argument] = []
        while current.kind != .rightParen {
            if case .word(let name) = current.kind, peekKind() == .assign {
                let nameRange = advance().range
                advance()
                arguments.append(Argument(name: name, value: try parseExpression(), start: nameRange))
            } else {
                arguments.append(Argument(name: nil, value: try parseExpression()))
            }
            if current.kind == .comma { advance() } else if current.kind != .rightParen {
                throw expected("',' or ')' in the argument list", openedBy: open)
            }
        }
        advance()
        return arguments
    }

    /// A list element or record value: an argument value in argument mode, else an expression.
    private mutating func parseElement() throws(Abort) -> Expression {
        argumentMode ? try parseArgumentValue(allowRecord: true) : try parseExpression()
    }

    private mutating func parseList() throws(Abort) -> Expression {
        try enter()
        defer { leave() }
        let open = advance()
        var elements: [Expression] = []
        while current.kind != .rightBracket {
            elements.append(try parseElement())
            if current.kind == .comma { advance() } else if current.kind != .rightBracket {
                throw expected("',' or ']' in the list", openedBy: open)
            }
        }
        advance()
        return Expression(.list(elements), range(from: open.range.start))
    }

    private mutating func parseRecord() throws(Abort) -> Expression {
        try enter()
        defer { leave() }
        let open = advance()
        var entries: [RecordEntry] = []
        skipNewlines()
        while current.kind != .rightBrace {
            let key: String
            switch current.kind {
            case .word(let word): key = word
            case .string(let parts):
                guard parts.allSatisfy({ if case .text = $0 { return true } else { return false } }) else {
                    throw error("a record key cannot contain ${...}", at: current.range)
                }
                key = parts.map { if case .text(let t) = $0 { return t } else { return "" } }.joined()
            default:
                throw expected("a field name or '}' in the record")
            }
            advance()
            guard current.kind == .colon else { throw expected("':' after the field name '\(key)'") }
            advance()
            skipNewlines()
            entries.append(RecordEntry(key: key, value: try parseElement()))
            let sawNewline = current.kind == .newline
            skipNewlines()
            if current.kind == .comma {
                advance()
                skipNewlines()
            } else if current.kind != .rightBrace && !sawNewline {
                throw expected("',' or '}' in the record", openedBy: open)
            }
        }
        advance()
        return Expression(.record(entries), range(from: open.range.start))
    }

    /// Builds a string literal or interpolation, parsing each `${...}` as a pipeline.
    mutating func stringExpression(_ parts: [StringPart], range: SourceRange) throws(Abort) -> Expression {
        var pieces: [InterpolatedPart] = []
        var failed = false
        for part in parts {
            switch part {
            case .text(let text):
                pieces.append(.text(text))
            case .interpolation(let source, let start):
                var inner = Parser(source, file: file, start: start, limits: limits)
                inner.depth = depth + 1
                guard inner.depth <= limits.syntaxDepth else {
                    report(Diagnostic(message: "nested too deeply (more than \(limits.syntaxDepth) levels of interpolation)", range: emptyRangeAt(start)))
                    failed = true
                    continue
                }
                let emptyRange = SourceRange(file: file, start: start, end: start)
                // `${name}` is the variable `name`, as in shells.
                if case .word(let word) = inner.current.kind, !Parser.keywords.contains(word), inner.peekKind() == .eof {
                    pieces.append(.expression(Expression(.variable(Symbol(word)), inner.current.range)))
                    continue
                }
                if inner.current.kind == .eof {
                    report(Diagnostic(message: "empty interpolation '${}'", range: emptyRange))
                    failed = true
                    continue
                }
                do throws(Abort) {
                    let expression = try inner.parsePipeline()
                    if inner.current.kind != .eof { throw inner.expected("'}' to end the interpolation") }
                    pieces.append(.expression(expression))
                } catch {
                    failed = true
                }
                for diagnostic in inner.diagnostics where !gaveUp { report(diagnostic) }
            }
        }
        if failed { throw Abort() }
        if pieces.isEmpty { return Expression(.literal(.string("")), range) }
        if pieces.count == 1, case .text(let text) = pieces[0] { return Expression(.literal(.string(text)), range) }
        return Expression(.interpolated(pieces), range)
    }

    private func emptyRangeAt(_ location: SourceLocation) -> SourceRange {
        SourceRange(file: file, start: location, end: location)
    }
}

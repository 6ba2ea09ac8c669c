extension Parser {
    /// Parses `source ('|' stage)*` where the source is a command or an expression. A line that
    /// starts with `|` continues the pipeline of the previous line.
    mutating func parsePipeline(stopWords: Set<String> = []) throws(Abort) -> Expression {
        let source = try parsePipelineSource(stopWords: stopWords)
        var stages: [PipelineStage] = []
        while current.kind == .pipe || skipNewlines(ifFollowedBy: { $0 == .pipe }) {
            advance()
            skipNewlines()
            stages.append(try parseStage(stopWords: stopWords))
        }
        if stages.isEmpty { return source }
        return Expression(.pipeline(Pipeline(source: source, stages: stages)), range(from: source.range.start))
    }

    /// Whether the current token starts a command: a non-keyword word not directly followed by `(`.
    var startsCommand: Bool {
        guard case .word(let word) = current.kind, !Parser.keywords.contains(word) else { return false }
        let next = peekToken()
        return !(next.kind == .leftParen && !next.spaceBefore)
    }

    private mutating func parsePipelineSource(stopWords: Set<String>) throws(Abort) -> Expression {
        if startsCommand {
            let command = try parseCommand(stopWords: stopWords)
            return Expression(.command(command), range(from: command.nameRange.start))
        }
        return try parseExpression()
    }

    private var endsArguments: Bool {
        switch current.kind {
        case .newline, .semicolon, .eof, .rightBrace, .rightParen, .rightBracket, .pipe, .leftBrace, .comma:
            return true
        default:
            return false
        }
    }

    /// Parses `NAME arg... name=value...`.
    mutating func parseCommand(stopWords: Set<String>) throws(Abort) -> Command {
        let nameToken = advance()
        guard case .word(let name) = nameToken.kind else { throw expected("a command name") }
        var arguments: [Argument] = []
        while !endsArguments {
            if case .word(let word) = current.kind, stopWords.contains(word) { break }
            if case .word(let parameter) = current.kind, peekKind() == .assign {
                let nameRange = advance().range
                advance()
                arguments.append(Argument(name: parameter, value: try parseArgumentValue(allowRecord: true), start: nameRange))
            } else {
                arguments.append(Argument(name: nil, value: try parseArgumentValue(allowRecord: false)))
            }
        }
        return Command(name: name, nameRange: nameToken.range, arguments: arguments)
    }

    /// Parses one argument value: a variable (with touching `.field`/`[i]`), a parenthesized command or
    /// expression, a list, a record (after `name=`), a string, `@path`, or a bare word glued from
    /// touching tokens (`/a/b.js`, `node22`, `5.3.0`), which is a number, duration or boolean when it
    /// spells one and a string otherwise.
    mutating func parseArgumentValue(allowRecord: Bool) throws(Abort) -> Expression {
        let token = current
        switch token.kind {
        case .variable, .leftParen:
            return try parsePostfix(try parsePrimary(), adjacentOnly: true)
        case .leftBracket:
            return try parseCollectionArgument()
        case .leftBrace where allowRecord:
            return try parseCollectionArgument()
        case .word(let word) where !Parser.keywords.contains(word) && peekKind() == .leftParen && !peekToken().spaceBefore:
            return try parsePostfix(try parsePrimary(), adjacentOnly: true)
        case .string, .path:
            return try parsePrimary()
        case .word, .number, .duration, .dot, .op, .symbol, .colon:
            return try parseBareWord()
        default:
            throw expected("an argument")
        }
    }

    /// A list or record in argument position: its elements are argument values too.
    private mutating func parseCollectionArgument() throws(Abort) -> Expression {
        let savedMode = argumentMode
        argumentMode = true
        defer { argumentMode = savedMode }
        return try parsePostfix(try parsePrimary(), adjacentOnly: true)
    }

    private mutating func parseBareWord() throws(Abort) -> Expression {
        let first = advance()
        var last = first
        var count = 1
        while !current.spaceBefore {
            switch current.kind {
            case .word, .number, .duration, .dot, .op, .symbol, .colon, .assign:
                last = advance()
                count += 1
                continue
            default:
                break
            }
            break
        }
        let range = first.range.joined(last.range)
        if count == 1 {
            switch first.kind {
            case .number(let n): return Expression(.literal(.number(n)), range)
            case .duration(let d): return Expression(.literal(.duration(d)), range)
            case .word("true"): return Expression(.literal(.bool(true)), range)
            case .word("false"): return Expression(.literal(.bool(false)), range)
            case .word("null"): return Expression(.literal(.null), range)
            // A lone `-` (stdin) and `/` (a root path) are words; any other operator alone is an
            // expression left without its parentheses (`print 6 * 7`), not text.
            case .op(let op) where op != "-" && op != "/":
                throw error("operator '\(op)' in a command argument; put the expression in parentheses: (a \(op) b)", at: range)
            default: break
            }
        }
        let text = text(from: range.start, to: range.end)
        if count == 2, first.kind == .op("-") {
            if case .number(let n) = last.kind { return Expression(.literal(.number(-n)), range) }
            if case .duration(let d) = last.kind { return Expression(.literal(.duration(-d)), range) }
        }
        return Expression(.bareWord(text), range)
    }

    private mutating func parseStage(stopWords: Set<String>) throws(Abort) -> PipelineStage {
        let start = current.range.start
        guard case .word(let word) = current.kind else { throw expected("a pipeline stage (where, select, sort, first, count or a command)") }
        switch word {
        case "where":
            advance()
            let condition = try parseExpression()
            return PipelineStage(kind: .filter(condition), range: range(from: start))
        case "select":
            advance()
            var fields: [String] = []
            repeat {
                if current.kind == .comma { advance() }
                switch current.kind {
                case .word(let field): fields.append(field)
                case .string(let parts):
                    fields.append(parts.map { if case .text(let t) = $0 { return t } else { return "" } }.joined())
                default: throw expected("a field name after 'select'")
                }
                advance()
            } while current.kind == .comma
            return PipelineStage(kind: .select(fields), range: range(from: start))
        case "sort":
            advance()
            let key = try parseExpression()
            var descending = false
            if isWord("desc") || isWord("asc") {
                descending = isWord("desc")
                advance()
            }
            return PipelineStage(kind: .sort(key, descending: descending), range: range(from: start))
        case "first":
            advance()
            // `first` alone (as nushell allows) is the first item itself; `first N` is a list.
            let endsStage: Bool
            switch current.kind {
            case .pipe, .rightParen: endsStage = true
            default: endsStage = isStatementEnd
            }
            let count = endsStage ? nil : try parseExpression()
            return PipelineStage(kind: .first(count), range: range(from: start))
        case "count":
            advance()
            return PipelineStage(kind: .count, range: range(from: start))
        default:
            guard startsCommand else { throw expected("a pipeline stage (where, select, sort, first, count or a command)") }
            let command = try parseCommand(stopWords: stopWords)
            return PipelineStage(kind: .command(command), range: range(from: start))
        }
    }
}

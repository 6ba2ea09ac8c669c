/// The compile pass: rebuilds a parsed tree bottom-up with each pure node's compiled closures
/// attached (``ExpressionCompiler``, ``NumberCompiler``, ``StatementCompiler``), so the machine
/// runs hot code without walking the tree. The parser knows nothing of it; every source the
/// interpreter runs goes through it once, after parsing.
enum TreeCompiler {
    static func compile(_ program: Program) -> Program {
        Program(statements: program.statements.map(compile), file: program.file)
    }

    static func compile(_ statement: Statement) -> Statement {
        let kind = compile(statement.kind)
        let range = statement.range
        if kind.isPure {
            let code = StatementCode(run: StatementCompiler.compile(kind, range), returnsValue: CallCompiler.returnsValue(kind))
            return Statement(kind, range, code: code)
        }
        // Calls that may run directly: the machine checks them before running this code.
        return Statement(kind, range, code: CallCompiler.statement(kind, range))
    }

    static func compile(_ block: Block) -> Block {
        let statements = block.statements.map(compile)
        let codes = statements.compactMap(\.callingCode)
        guard codes.count == statements.count else { return Block(statements: statements, range: block.range) }
        let code = StatementCode(
            run: StatementCompiler.sequence(statements), sites: codes.flatMap(\.sites), returnsValue: codes.contains(where: \.returnsValue))
        return Block(statements: statements, range: block.range, code: code)
    }

    static func compile(_ expression: Expression) -> Expression {
        let kind = compile(expression.kind)
        let range = expression.range
        guard kind.isPure else {
            // Calls that may run directly: only code that checked them runs this.
            return Expression(kind, range, code: CallCompiler.expression(kind, range).map { ExpressionCode(evaluate: $0, number: nil) })
        }
        let number = NumberCompiler.compile(kind)
        let code = ExpressionCode(evaluate: ExpressionCompiler.compile(kind, range, number: number), number: number)
        return Expression(kind, range, code: code)
    }

    private static func compile(_ kind: StatementKind) -> StatementKind {
        switch kind {
        case .expression(let e): return .expression(compile(e))
        case .declare(let name, let value): return .declare(name: name, value: compile(value))
        case .assign(let name, let value): return .assign(name: name, value: compile(value))
        case .append(let name, let value): return .append(name: name, value: compile(value))
        case .conditional(let condition, let then, let otherwise):
            return .conditional(condition: compile(condition), then: compile(then), otherwise: otherwise.map(compile))
        case .loop(let condition, let body): return .loop(condition: compile(condition), body: compile(body))
        case .foreach(let variable, let source, let parallel, let body):
            return .foreach(variable: variable, source: compile(source), parallel: parallel.map(compile), body: compile(body))
        case .define(let name, let parameters, let body): return .define(name: name, parameters: parameters, body: compile(body))
        case .returnValue(let value): return .returnValue(value.map(compile))
        case .breakLoop, .continueLoop: return kind
        case .attempt(let body, let errorName, let handler):
            return .attempt(body: compile(body), errorName: errorName, handler: compile(handler))
        case .exit(let code): return .exit(code.map(compile))
        case .source(let path): return .source(compile(path))
        }
    }

    private static func compile(_ kind: ExpressionKind) -> ExpressionKind {
        switch kind {
        case .literal, .bareWord, .variable, .field, .filePath: return kind
        case .interpolated(let parts):
            return .interpolated(parts.map { part in
                if case .expression(let e) = part { return .expression(compile(e)) }
                return part
            })
        case .list(let elements): return .list(elements.map(compile))
        case .record(let entries): return .record(entries.map { RecordEntry(key: $0.key, value: compile($0.value)) })
        case .member(let base, let name): return .member(compile(base), name)
        case .index(let base, let index): return .index(compile(base), compile(index))
        case .call(let command): return .call(compile(command))
        case .unary(let op, let operand): return .unary(op, compile(operand))
        case .binary(let op, let left, let right): return .binary(op, compile(left), compile(right))
        case .command(let command): return .command(compile(command))
        case .pipeline(let pipeline):
            return .pipeline(Pipeline(source: compile(pipeline.source), stages: pipeline.stages.map(compile)))
        }
    }

    private static func compile(_ command: Command) -> Command {
        var command = command
        command.arguments = command.arguments.map { Argument(name: $0.name, value: compile($0.value), start: $0.start) }
        return command
    }

    private static func compile(_ stage: PipelineStage) -> PipelineStage {
        let kind: PipelineStageKind
        switch stage.kind {
        case .filter(let condition): kind = .filter(compile(condition))
        case .sort(let key, let descending): kind = .sort(compile(key), descending: descending)
        case .first(let count): kind = .first(count.map(compile))
        case .command(let command): kind = .command(compile(command))
        case .select, .count: kind = stage.kind
        }
        return PipelineStage(kind: kind, range: stage.range)
    }
}

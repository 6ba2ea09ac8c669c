/// Finds the first destructive verb a block would call, looking into procedures it calls, so a
/// loop can ask for confirmation before it starts.
struct DestructiveScan {
    let registry: VerbRegistry
    let scope: Scope
    private var visited: Set<String> = []

    init(registry: VerbRegistry, scope: Scope) {
        self.registry = registry
        self.scope = scope
    }

    mutating func first(in statements: [Statement]) -> Verb? {
        for statement in statements {
            if let verb = first(in: statement) { return verb }
        }
        return nil
    }

    private mutating func first(in statement: Statement) -> Verb? {
        switch statement.kind {
        case .expression(let e), .declare(_, let e), .assign(_, let e), .append(_, let e), .source(let e):
            return first(in: e)
        case .returnValue(let e), .exit(let e):
            return e.flatMap { first(in: $0) }
        case .conditional(let condition, let then, let otherwise):
            return first(in: condition) ?? first(in: then.statements) ?? otherwise.flatMap { first(in: $0.statements) }
        case .loop(let condition, let body):
            return first(in: condition) ?? first(in: body.statements)
        case .foreach(_, let source, _, let body):
            return first(in: source) ?? first(in: body.statements)
        case .attempt(let body, _, let handler):
            return first(in: body.statements) ?? first(in: handler.statements)
        case .define, .breakLoop, .continueLoop:
            return nil
        }
    }

    mutating func first(in expression: Expression) -> Verb? {
        if expression.isPure { return nil }
        switch expression.kind {
        case .command(let command): return first(in: command, isCall: false)
        case .call(let command): return first(in: command, isCall: true)
        case .pipeline(let pipeline):
            if let verb = first(in: pipeline.source) { return verb }
            for stage in pipeline.stages {
                if case .command(let command) = stage.kind, let verb = first(in: command, isCall: false) { return verb }
            }
            return nil
        case .interpolated(let parts):
            for case .expression(let e) in parts { if let verb = first(in: e) { return verb } }
            return nil
        case .list(let elements):
            for e in elements { if let verb = first(in: e) { return verb } }
            return nil
        case .record(let entries):
            for entry in entries { if let verb = first(in: entry.value) { return verb } }
            return nil
        case .member(let base, _), .unary(_, let base): return first(in: base)
        case .index(let a, let b), .binary(_, let a, let b): return first(in: a) ?? first(in: b)
        case .literal, .bareWord, .variable, .field, .filePath: return nil
        }
    }

    /// The destructive verb a command resolves to, if any (looking into user procedures once).
    mutating func first(in command: Command, isCall: Bool) -> Verb? {
        for argument in command.arguments {
            if let verb = first(in: argument.value) { return verb }
        }
        if let procedure = scope.procedure(command.name) {
            guard visited.insert(command.name).inserted else { return nil }
            return first(in: procedure.body.statements)
        }
        guard let entry = registry.entry(command.name) else { return nil }
        let words = command.arguments.prefix { $0.bareWord != nil }.compactMap(\.bareWord)
        if !isCall, let (verb, _) = entry.resolve(words: words) {
            return verb.isDestructive ? verb : nil
        }
        if let plain = entry.plain { return plain.isDestructive ? plain : nil }
        return entry.allVerbs.first(where: \.isDestructive)
    }
}

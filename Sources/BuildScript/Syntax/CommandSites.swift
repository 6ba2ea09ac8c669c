/// Where a command or call is written in a tree: what a scan of the verbs a piece of source would
/// call reads (the destructive-verb check before a loop, the search for sensitive arguments).
struct CommandSite: Sendable {
    /// The command or call.
    let command: Command
    /// Whether it is written as a call, `name(args)`, rather than a command.
    let isCall: Bool
    /// Whether it is a pipeline stage, which receives the item as its first positional argument.
    let isStage: Bool
}

extension CommandSite {
    /// Every command and call in `statements`, in source order, each after the commands in its own
    /// arguments (so nested calls come first); inside conditions, loops, `try`, pipelines and
    /// collections. Procedure bodies (`def`) are included only with `definitions`: they run when
    /// called, not where they are written.
    static func all(in statements: [Statement], definitions: Bool) -> [CommandSite] {
        var collector = Collector(definitions: definitions)
        collector.add(statements)
        return collector.sites
    }

    /// `command` and the commands and calls in its arguments, in the same order.
    static func all(in command: Command, isCall: Bool, isStage: Bool) -> [CommandSite] {
        var collector = Collector(definitions: false)
        collector.add(command, isCall: isCall, isStage: isStage)
        return collector.sites
    }

    /// Every file `statements` name by path, in source order: each `@path` and each `source` of a
    /// plain string, procedure bodies included.
    static func files(in statements: [Statement]) -> [FileReference] {
        var collector = Collector(definitions: true, files: [])
        collector.add(statements)
        return collector.files ?? []
    }

    /// Walks a tree for its command sites and, when ``files`` is not nil, the files it names.
    private struct Collector {
        let definitions: Bool
        var sites: [CommandSite] = []
        /// The files named so far; nil when not asked for, so pure expressions are skipped.
        var files: [FileReference]? = nil

        mutating func add(_ statements: [Statement]) {
            for statement in statements { add(statement) }
        }

        mutating func add(_ statement: Statement) {
            switch statement.kind {
            case .expression(let e), .declare(_, let e), .assign(_, let e), .append(_, let e):
                add(e)
            case .source(let e):
                add(e)
                switch e.kind {
                case .literal(.string(let path)), .bareWord(let path):
                    files?.append(FileReference(path: path, range: e.range, kind: .source))
                default:
                    break
                }
            case .returnValue(let e), .exit(let e):
                if let e { add(e) }
            case .conditional(let condition, let then, let otherwise):
                add(condition)
                add(then.statements)
                if let otherwise { add(otherwise.statements) }
            case .loop(let condition, let body):
                add(condition)
                add(body.statements)
            case .foreach(_, let source, let parallel, let body):
                add(source)
                if let parallel { add(parallel) }
                add(body.statements)
            case .attempt(let body, _, let handler):
                add(body.statements)
                add(handler.statements)
            case .define(_, _, let body):
                if definitions { add(body.statements) }
            case .breakLoop, .continueLoop:
                break
            }
        }

        mutating func add(_ expression: Expression) {
            // A pure expression has no command or call in it (but may name a file).
            if expression.isPure, files == nil { return }
            switch expression.kind {
            case .command(let command): add(command, isCall: false, isStage: false)
            case .call(let command): add(command, isCall: true, isStage: false)
            case .pipeline(let pipeline):
                add(pipeline.source)
                for stage in pipeline.stages { add(stage.kind) }
            case .interpolated(let parts):
                for case .expression(let e) in parts { add(e) }
            case .list(let elements):
                for e in elements { add(e) }
            case .record(let entries):
                for entry in entries { add(entry.value) }
            case .member(let base, _), .unary(_, let base):
                add(base)
            case .index(let a, let b), .binary(_, let a, let b):
                add(a)
                add(b)
            case .filePath(let path):
                files?.append(FileReference(path: path, range: expression.range, kind: .contents))
            case .literal, .bareWord, .variable, .field:
                break
            }
        }

        mutating func add(_ stage: PipelineStageKind) {
            switch stage {
            case .filter(let e), .sort(let e, _): add(e)
            case .first(let e): if let e { add(e) }
            case .command(let command): add(command, isCall: false, isStage: true)
            case .select, .count: break
            }
        }

        mutating func add(_ command: Command, isCall: Bool, isStage: Bool) {
            for argument in command.arguments { add(argument.value) }
            sites.append(CommandSite(command: command, isCall: isCall, isStage: isStage))
        }
    }
}

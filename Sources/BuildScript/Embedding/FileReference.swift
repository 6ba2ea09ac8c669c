/// A file that source text names by path: `@path` (the file's contents) or `source "path"` (a
/// script run in place). A host that writes typed statements into a script elsewhere (a REPL's
/// `.save`) rewrites these, since a script resolves relative paths against its own folder.
public struct FileReference: Equatable, Sendable {
    /// How the file is used.
    public enum Kind: Equatable, Sendable {
        /// `@path` or `@"path"`: the file's contents as a string.
        case contents
        /// `source "path"` or `source path`: the file run as a script.
        case source
    }

    /// The path as written (quotes and escapes removed).
    public let path: String
    /// Where the whole reference is written: `@` and any quotes included for ``Kind/contents``, the
    /// string or word for ``Kind/source``.
    public let range: SourceRange
    /// How the file is used.
    public let kind: Kind

    /// The same use of the file at `path`, as source text: `@docs/hello.js`, `@"my file.js"`,
    /// `"lib.bsh"`.
    public static func written(_ path: String, kind: Kind) -> String {
        let quoted = Value.string(path).literalDescription
        guard kind == .contents else { return quoted }
        let bare = !path.isEmpty && !path.hasPrefix("\"") && !path.hasPrefix("'")
            && path.utf8.allSatisfy { !Lexer.endsPath($0) }
        return "@" + (bare ? path : quoted)
    }
}

extension Interpreter {
    /// The files `source` names by path, in source order, procedure bodies included; nil when
    /// `source` has syntax errors. A path built at run time (`@` cannot be; `source $name` can) is
    /// not one.
    public func fileReferences(in source: String) -> [FileReference]? {
        let (program, diagnostics) = Parser.parse(source, file: "<scan>", limits: options.limits)
        guard diagnostics.isEmpty else { return nil }
        return CommandSite.files(in: program.statements)
    }

    /// Whether `source` only asks for help (`help`, `help deploy`): shown to the person typing,
    /// nothing a script needs to repeat.
    public func asksOnlyForHelp(_ source: String) -> Bool {
        let (program, diagnostics) = Parser.parse(source, file: "<scan>", limits: options.limits)
        guard diagnostics.isEmpty, !program.statements.isEmpty else { return false }
        return program.statements.allSatisfy { statement in
            guard case .expression(let expression) = statement.kind else { return false }
            switch expression.kind {
            case .command(let command), .call(let command): return command.name == "help"
            default: return false
            }
        }
    }
}

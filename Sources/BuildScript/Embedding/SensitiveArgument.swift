/// A value written out in source text for a parameter declared sensitive (``Parameter/isSensitive``),
/// such as the `value="sk_live_…"` of `create variable`: what a host that keeps typed text (a REPL's
/// history, a saved session) must leave out.
///
/// Only a value that holds text of its own is one. A value that reads it from elsewhere is not:
/// `$variable` (and its `.field`s), `@file`, or a call to a function that reads the host with one
/// name (`env("STRIPE_KEY")`) — the text names where the value is, not the value.
public struct SensitiveArgument: Equatable, Sendable {
    /// The command it is given to: `create variable`.
    public let command: String
    /// The parameter: `value`.
    public let parameter: String
    /// Where the value is written in the source (the argument's name excluded).
    public let range: SourceRange
    /// The same command's other named arguments that are written as plain text, by parameter name
    /// (`key: "STRIPE_SECRET"`): what a host may name the value by.
    public let otherArguments: [String: String]

    /// Describes one sensitive argument (the scan is the only maker).
    init(command: String, parameter: String, range: SourceRange, otherArguments: [String: String]) {
        self.command = command
        self.parameter = parameter
        self.range = range
        self.otherArguments = otherArguments
    }

    /// `source` with the value of each of `arguments` (found in that same source) replaced by the
    /// text `replacement` gives for it, which is asked in source order. A value inside another
    /// (`value=(… value="x")`) goes with the outer one.
    public static func replacing(
        _ arguments: [SensitiveArgument], in source: String, with replacement: (SensitiveArgument) -> String
    ) -> String {
        SourceEdit.apply(edits(arguments, with: replacement), to: source)
    }

    /// The edits that replace the value of each of `arguments` by the text `replacement` gives for
    /// it, asked in source order; a value inside another goes with the outer one.
    public static func edits(
        _ arguments: [SensitiveArgument], with replacement: (SensitiveArgument) -> String
    ) -> [SourceEdit] {
        var ordered: [SensitiveArgument] = []
        for argument in arguments.sorted(by: { $0.range.start.offset < $1.range.start.offset })
        where argument.range.start.offset >= (ordered.last?.range.end.offset ?? 0) {
            ordered.append(argument)
        }
        return ordered.map { SourceEdit(range: $0.range, text: replacement($0)) }
    }
}

extension Interpreter {
    /// The values `source` writes out for sensitive parameters of the verbs registered now, in
    /// source order: in every command and call, nested ones and procedure bodies (`def`) included.
    /// Nil when `source` has syntax errors, so that nothing can be said of it: a host keeping
    /// typed text should then keep none of it if it might hold such a value.
    ///
    /// Only what is written in the argument itself is found: a value passed through a variable
    /// (`let v = "…"` then `value=$v`) or a procedure's parameter is text like any other.
    public func sensitiveArguments(in source: String) -> [SensitiveArgument]? {
        let limits = options.limits
        let (program, diagnostics) = Parser.parse(source, file: "<scan>", limits: limits)
        guard diagnostics.isEmpty else { return nil }
        let registry = state.withLock { $0.registry }
        return CommandSite.all(in: program.statements, definitions: true).flatMap { site in
            SensitiveArgumentScan(registry: registry).arguments(at: site)
        }
    }
}

/// Finds the sensitive arguments of one command site.
private struct SensitiveArgumentScan {
    let registry: VerbRegistry

    func arguments(at site: CommandSite) -> [SensitiveArgument] {
        guard let entry = registry.entry(site.command.name),
              let (verb, nounLength) = entry.resolve(site.command, isCall: site.isCall),
              verb.parameters.contains(where: \.isSensitive)
        else { return [] }
        let given = site.command.arguments.dropFirst(nounLength)
        let positional = verb.parameters.filter { $0.isPositional && !$0.isVariadic }
        var nextPositional = site.isStage ? 1 : 0
        var found: [(parameter: String, value: Expression)] = []
        var plainText: [String: String] = [:]
        for argument in given {
            let parameter: Parameter?
            if let name = argument.name {
                parameter = verb.parameters.first { $0.isNamed(name) }
            } else {
                parameter = nextPositional < positional.count ? positional[nextPositional] : nil
                nextPositional += 1
            }
            guard let parameter else { continue }
            if parameter.isSensitive {
                if holdsText(argument.value) { found.append((parameter.name, argument.value)) }
            } else if argument.name != nil, let text = Self.plainText(argument.value) {
                plainText[parameter.name] = text
            }
        }
        return found.map { parameter, value in
            SensitiveArgument(command: verb.qualifiedName, parameter: parameter, range: value.range, otherArguments: plainText)
        }
    }

    /// Whether the value is written out rather than read from elsewhere (a variable, a file, the host).
    private func holdsText(_ value: Expression) -> Bool {
        switch value.kind {
        case .variable, .filePath:
            return false
        case .member(let base, _):
            return holdsText(base)
        case .call(let call):
            let reader = registry.entry(call.name)?.plain
            let namesOnePlace = call.arguments.count == 1 && call.arguments[0].name == nil
                && Self.plainText(call.arguments[0].value) != nil
            return !(reader?.readsHost == true && namesOnePlace)
        default:
            return true
        }
    }

    /// The text of a string literal or bare word.
    private static func plainText(_ value: Expression) -> String? {
        switch value.kind {
        case .literal(.string(let text)), .bareWord(let text): text
        default: nil
        }
    }
}

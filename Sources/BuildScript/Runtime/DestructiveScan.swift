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

    /// The first destructive verb `statements` call (procedure bodies they define are not run there).
    mutating func first(in statements: [Statement]) -> Verb? {
        first(among: CommandSite.all(in: statements, definitions: false))
    }

    /// The destructive verb a command, or one in its arguments, resolves to, if any.
    mutating func first(in command: Command, isCall: Bool) -> Verb? {
        first(among: CommandSite.all(in: command, isCall: isCall, isStage: false))
    }

    private mutating func first(among sites: [CommandSite]) -> Verb? {
        for site in sites {
            if let verb = destructiveVerb(at: site) { return verb }
        }
        return nil
    }

    /// The destructive verb one site resolves to (looking into user procedures once).
    private mutating func destructiveVerb(at site: CommandSite) -> Verb? {
        let name = site.command.name
        if let procedure = scope.procedure(name) {
            guard visited.insert(name).inserted else { return nil }
            return first(in: procedure.body.statements)
        }
        guard let entry = registry.entry(name) else { return nil }
        if let (verb, _) = entry.resolve(site.command, isCall: site.isCall) {
            return verb.isDestructive ? verb : nil
        }
        return entry.allVerbs.first(where: \.isDestructive)
    }
}

import BuildScript

/// A parameter written once: its declaration, which the language's binder, `help` and completion
/// read, and typed access to its value in the verb's body (`arguments[PromoteVerb.create]` is a
/// `Bool`), so a body never spells a parameter's name again.
struct TypedParameter<Result: Sendable>: Sendable {
    /// The declaration the verb registers.
    let declaration: Parameter
    /// The value of a call's checked arguments, with the parameter's default.
    let read: @Sendable (Arguments) -> Result
}

extension Arguments {
    /// The typed value of `parameter` in these arguments.
    subscript<Result>(_ parameter: TypedParameter<Result>) -> Result { parameter.read(self) }
}

extension TypedParameter where Result == Value? {
    /// A value the body reads itself (a SID, name or record by default); `nil` when not given.
    static func value(
        _ name: String, _ type: ParameterType = .reference, positional: Bool = false, doc: String, example: String? = nil
    ) -> Self {
        let declaration = positional
            ? Parameter.positional(name, type, required: false, doc: doc, example: example)
            : Parameter.named(name, type, doc: doc, example: example)
        return Self(declaration: declaration) { $0[name] }
    }
}

extension TypedParameter where Result == Value {
    /// A value the call must give (the binder refuses a call without it).
    static func required(
        _ name: String, _ type: ParameterType = .reference, positional: Bool = false, doc: String, example: String? = nil
    ) -> Self {
        let declaration = positional
            ? Parameter.positional(name, type, doc: doc, example: example)
            : Parameter.named(name, type, required: true, doc: doc, example: example)
        return Self(declaration: declaration) { $0[name] ?? .null }
    }
}

extension TypedParameter where Result == Bool {
    /// `name=true`; false when not given.
    static func flag(_ name: String, doc: String) -> Self {
        Self(declaration: .named(name, .bool, doc: doc)) { $0.bool(name) ?? false }
    }
}

extension TypedParameter where Result == Int {
    /// A whole number, `standard` when not given.
    static func integer(_ name: String, standard: Int, doc: String) -> Self {
        Self(declaration: .named(name, .integer, doc: doc, example: String(standard))) { $0.integer(name) ?? standard }
    }
}

extension TypedParameter where Result == Double? {
    /// A duration in seconds; `nil` when not given.
    static func duration(_ name: String, doc: String, example: String) -> Self {
        Self(declaration: .named(name, .duration, doc: doc, example: example)) { $0.duration(name) }
    }
}

extension TypedParameter where Result == String? {
    /// Text; `nil` when not given.
    static func text(_ name: String, positional: Bool = false, doc: String, example: String? = nil) -> Self {
        let declaration = positional
            ? Parameter.positional(name, .string, doc: doc, example: example)
            : Parameter.named(name, .string, doc: doc, example: example)
        return Self(declaration: declaration) { $0.string(name) }
    }
}

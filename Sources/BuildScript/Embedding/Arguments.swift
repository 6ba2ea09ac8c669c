import OrderedCollections

/// The checked arguments of a call, as a verb body receives them.
///
/// Every parameter the call supplied is present by name (positional ones too); values already have
/// the parameter's type. Extra named arguments appear only for verbs that accept them.
public struct Arguments: Sendable {
    /// Arguments by parameter name, in the order of the parameter list (extras last).
    public var values: OrderedDictionary<String, Value>
    /// The positional values in call order (after the noun).
    public var positional: [Value]

    /// Creates arguments (hosts use this to call bodies directly in tests).
    public init(values: OrderedDictionary<String, Value> = [:], positional: [Value] = []) {
        self.values = values
        self.positional = positional
    }

    /// The argument for a parameter, or `nil` when the call did not supply it.
    public subscript(name: String) -> Value? { values[name] }

    /// A string argument.
    public func string(_ name: String) -> String? { values[name]?.stringValue }

    /// A number argument.
    public func number(_ name: String) -> Double? { values[name]?.numberValue }

    /// A whole-number argument (``WholeNumber`` decides which numbers are whole).
    public func integer(_ name: String) -> Int? {
        values[name]?.numberValue.flatMap { WholeNumber.exactly($0) }
    }

    /// A bool argument.
    public func bool(_ name: String) -> Bool? { values[name]?.boolValue }

    /// A duration argument in seconds.
    public func duration(_ name: String) -> Double? {
        if case .duration(let d)? = values[name] { return d }
        return nil
    }

    /// A list argument.
    public func list(_ name: String) -> [Value]? { values[name]?.listValue }

    /// A record argument.
    public func record(_ name: String) -> OrderedDictionary<String, Value>? { values[name]?.recordValue }
}

/// An error a verb body throws to fail the call with a message (and an API error code).
///
/// The interpreter attaches the call's source range and the script's call stack.
public struct VerbError: Error, Equatable, Sendable {
    /// The message (`At least one Function Version or Asset Version is required for Build`).
    public var message: String
    /// A numeric code such as Twilio's `20001`.
    public var code: Int?
    /// Structured detail available to `catch e` as `$e.details`.
    public var details: Value?

    /// Creates a verb error.
    public init(_ message: String, code: Int? = nil, details: Value? = nil) {
        self.message = message
        self.code = code
        self.details = details
    }
}

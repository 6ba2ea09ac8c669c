/// A parameter type a host defines: what values it accepts and how they are converted before the
/// verb body runs, so that every verb taking one checks it the same way (as Lua hosts check their
/// userdata with `luaL_checkudata`). The Serverless verbs define their SIDs this way.
public protocol HostParameterType: Sendable, Hashable {
    /// The placeholder in usage lines (`ZB…|RECORD`).
    var placeholder: String { get }
    /// What the type accepts, for errors: `'build' must be <expectation>, not …`.
    var expectation: String { get }
    /// `value` converted for the verb, or `nil` when it does not fit. `parameter` is the name the
    /// call gave it (`build`), empty when converted outside a call.
    func convert(_ value: Value, parameter: String) -> Value?
}

/// A ``HostParameterType`` in a ``ParameterType``: compared by the host type's own equality.
public struct HostType: Equatable, Sendable {
    /// The host's type.
    public let base: any HostParameterType

    /// Wraps a host's type.
    public init(_ base: some HostParameterType) {
        self.base = base
    }

    /// The host type's placeholder.
    public var placeholder: String { base.placeholder }
    /// The host type's description of what it accepts.
    public var expectation: String { base.expectation }

    /// The host type's conversion.
    public func convert(_ value: Value, parameter: String) -> Value? {
        base.convert(value, parameter: parameter)
    }

    /// Equal when both wrap equal values of the same host type.
    public static func == (lhs: HostType, rhs: HostType) -> Bool {
        AnyHashable(lhs.base) == AnyHashable(rhs.base)
    }
}

import BuildScript
import Foundation
import ServerlessClient

/// A resource named in a script: a SID string, a unique name, or a record from an earlier command
/// (whose `service_sid`, `environment_sid`, … give its parents).
struct ResourceReference: Equatable {
    /// The SID, or the name as written.
    let identifier: String
    /// The parents' SIDs the record carried.
    let parents: [NounScope: String]

    /// Reads `value` as a reference to a resource of `kind`, whose SIDs start with the noun
    /// table's prefix for it. A record of another kind that carries `<kind>_sid` (an environment
    /// record passed as the service) refers to that resource.
    init(_ value: Value, kind: ResourceKind) throws {
        try self.init(value, role: kind.rawValue, prefix: NounTable.noun(kind).sidPrefix)
    }

    /// Reads `value` as the SID parameter `parameter` (`build_sid`), whose SIDs start with `prefix`.
    init(_ value: Value, parameter: String, prefix: String) throws {
        try self.init(value, role: parameter, prefix: prefix)
    }

    private init(_ value: Value, role: String, prefix: String) throws {
        switch value {
        case .string(let text):
            let text = text.trimmingBlanks()
            if Self.isSID(text), !text.hasPrefix(prefix) {
                throw ServerlessVerbError.wrongSID(expected: role, prefix: prefix, got: text)
            }
            guard !text.isEmpty else {
                throw ServerlessVerbError.invalidValue(name: role, expected: "\(a: role) SID, name or record", got: "an empty string")
            }
            identifier = text
            parents = [:]
        case .record:
            var parents: [NounScope: String] = [:]
            for scope in NounScope.allCases {
                if case .string(let sid) = value[scope.sidField] { parents[scope] = sid }
            }
            let ownField = role.underscoringSpaces + "_sid"
            if case .string(let sid) = value["sid"], sid.hasPrefix(prefix) {
                identifier = sid
            } else if case .string(let sid) = value[ownField], sid.hasPrefix(prefix) {
                identifier = sid
            } else if case .string(let sid) = value["sid"] {
                throw ServerlessVerbError.wrongSID(expected: role, prefix: prefix, got: sid)
            } else {
                throw ServerlessVerbError.invalidValue(
                    name: role, expected: "\(a: role) record with a sid", got: "a record without one")
            }
            self.parents = parents
        default:
            throw ServerlessVerbError.invalidValue(
                name: role, expected: "\(a: role) SID, name or record", got: ArgumentConversion.describe(value))
        }
    }

    /// Whether `text` is a SID of `kind`: the noun table's prefix for it, and the shape of every SID.
    static func isSID(_ text: String, of kind: ResourceKind) -> Bool {
        text.hasPrefix(NounTable.noun(kind).sidPrefix) && isSID(text)
    }

    /// Whether `text` has the shape of a Twilio SID: two capital letters and 32 hex digits.
    static func isSID(_ text: String) -> Bool {
        if DryRunRecord.isPlaceholder(text) { return true }
        let utf8 = Array(text.utf8)
        guard utf8.count == 34 else { return false }
        return utf8[0...1].allSatisfy { (65...90).contains($0) }
            && utf8[2...].allSatisfy { (48...57).contains($0) || (65...70).contains($0) || (97...102).contains($0) }
    }
}

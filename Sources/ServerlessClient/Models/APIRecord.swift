/// A record the API answers with: decoded from its JSON, with its fields' order and presence
/// (``WireFields``) for display. ``ResourceKind/recordType`` names the one of each resource; the
/// records themselves are generated from the spec (`Records+Spec.swift`).
public protocol APIRecord: Codable, Sendable, WireFields {
    /// The record's own SID (a Build Status and a Version Content carry their resource's).
    var sid: String { get }
}

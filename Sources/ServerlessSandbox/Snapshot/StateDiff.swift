/// What changed between two states, kind by kind: resources created, deleted, and changed field by
/// field. Resources are matched by SID first; with ``Matching/sidThenName``, those left over on both
/// sides are matched by parent and name (and, for builds and deployments, what they hold), in
/// creation order, so a state reached by running a script for real compares equal to its rehearsal
/// although the SIDs it created differ. References to other resources are compared through the same
/// matching.
public struct StateDiff: Sendable, Equatable {
    /// How resources of the two states are paired.
    public enum Matching: Sendable {
        /// By SID only, for two states of one sandbox (a rehearsal's start and end): a resource
        /// deleted and made again under the same name is a deletion and a creation.
        case sid
        /// By SID, then by parent and name, for states reached apart (a rehearsal's end and the
        /// live account after the real run), whose created resources have different SIDs.
        case sidThenName
    }

    /// One difference.
    public struct Change: Sendable, Equatable {
        public enum Action: String, Sendable, Equatable, CaseIterable { case created, deleted, changed }
        public var kind: StateKind
        public var action: Action
        /// The resource's SID in the first state (deleted, changed) or the second (created).
        public var sid: String
        /// The unique name of its service, in the state it is shown from.
        public var service: String
        /// Its name (unique name, friendly name, path, key), empty for builds and deployments.
        public var name: String
        /// The fields that differ (changed only).
        public var fields: [FieldChange]
    }

    /// One field that differs. A secret's values are never held here: `isSecret` says the value changed.
    public struct FieldChange: Sendable, Equatable {
        public var field: String
        public var old: String?
        public var new: String?
        public var isSecret: Bool
    }

    public var changes: [Change]

    /// Whether the two states are the same.
    public var isEmpty: Bool { changes.isEmpty }

    /// The differences from `old` to `new`, resources paired as `matching` says.
    public init(from old: SandboxState, to new: SandboxState, matching: Matching) {
        var matcher = Matcher(old: old, new: new, byName: matching == .sidThenName)
        changes = StateKind.allCases.flatMap { matcher.compare($0) }
    }
}

/// The pairing of the two states' resources, kind by kind, and the SID map it builds (new → old).
private struct Matcher {
    let old: SandboxState
    let new: SandboxState
    /// SIDs of the new state mapped to the SIDs of the resources they were matched with.
    var mapped: [String: String] = [:]
    let oldServices: [String: String]
    let newServices: [String: String]
    /// Whether resources left over after SID matching are matched by parent and name.
    let byName: Bool

    init(old: SandboxState, new: SandboxState, byName: Bool) {
        self.old = old
        self.new = new
        self.byName = byName
        oldServices = Dictionary(old.resources.filter { $0.kind == .service }.map { ($0.sid, $0.name) }, uniquingKeysWith: { a, _ in a })
        newServices = Dictionary(new.resources.filter { $0.kind == .service }.map { ($0.sid, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    mutating func compare(_ kind: StateKind) -> [StateDiff.Change] {
        let before = old.resources.filter { $0.kind == kind }
        let after = new.resources.filter { $0.kind == kind }
        let oldSids = Set(before.map(\.sid))
        var pairs: [(StateResource, StateResource, bySid: Bool)] = []
        var leftOld = before.filter { resource in !after.contains { $0.sid == resource.sid } }
        var leftNew: [StateResource] = []
        let beforeBySid = Dictionary(before.map { ($0.sid, $0) }, uniquingKeysWith: { a, _ in a })
        for resource in after {
            if oldSids.contains(resource.sid), let match = beforeBySid[resource.sid] {
                pairs.append((match, resource, true))
                mapped[resource.sid] = resource.sid
            } else {
                leftNew.append(resource)
            }
        }
        // Left over on both sides: matched by parent, name and what they hold, in creation order.
        var unmatchedNew: [StateResource] = []
        for resource in leftNew {
            let key = byName ? matchKey(resource, mapping: true) : nil
            if let key, let index = leftOld.firstIndex(where: { matchKey($0, mapping: false) == key }) {
                pairs.append((leftOld[index], resource, false))
                mapped[resource.sid] = leftOld[index].sid
                leftOld.remove(at: index)
            } else {
                unmatchedNew.append(resource)
            }
        }
        var changes: [StateDiff.Change] = []
        for (before, after, bySid) in pairs {
            let fields = fieldChanges(before, after, bySid: bySid)
            if !fields.isEmpty {
                changes.append(change(before, .changed, services: oldServices, fields: fields))
            }
        }
        changes += leftOld.map { change($0, .deleted, services: oldServices) }
        changes += unmatchedNew.map { change($0, .created, services: newServices) }
        return changes
    }

    private func change(
        _ resource: StateResource, _ action: StateDiff.Change.Action, services: [String: String],
        fields: [StateDiff.FieldChange] = []
    ) -> StateDiff.Change {
        StateDiff.Change(
            kind: resource.kind, action: action, sid: resource.sid, service: services[resource.serviceSid] ?? resource.serviceSid,
            name: resource.name, fields: fields)
    }

    /// Parent, name and the fields a kind is matched by, SIDs of the new state put in the old one's terms.
    private func matchKey(_ resource: StateResource, mapping: Bool) -> [String] {
        let parent = resource.parentSid.map { mapping ? (mapped[$0] ?? "new:" + $0) : $0 } ?? ""
        return [parent, resource.name] + resource.matchedBy.map { name in
            render(resource.value(of: name), mapping: mapping) ?? ""
        }
    }

    private func render(_ value: StateValue?, mapping: Bool) -> String? {
        switch value {
        case .text(let text)?: text
        case .references(let sids)?: sids.map { mapping ? (mapped[$0] ?? "new:" + $0) : $0 }.joined(separator: ",")
        case .secret(let digest)?: digest
        case nil: nil
        }
    }

    private func fieldChanges(_ before: StateResource, _ after: StateResource, bySid: Bool) -> [StateDiff.FieldChange] {
        var changes: [StateDiff.FieldChange] = []
        for field in before.fields where bySid || !field.followsSid {
            let oldText = render(field.value, mapping: false)
            let newValue = after.value(of: field.name)
            guard oldText != render(newValue, mapping: true) else { continue }
            if case .secret = field.value {
                changes.append(.init(field: field.name, old: nil, new: nil, isSecret: true))
            } else {
                // Shown with the new state's own SIDs: a reference to a resource made in it has no other name.
                changes.append(.init(field: field.name, old: oldText, new: render(newValue, mapping: false), isSecret: false))
            }
        }
        return changes
    }
}

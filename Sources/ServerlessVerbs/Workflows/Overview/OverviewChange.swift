import BuildScript

/// One difference `diff environment` and `explain build` report: what differs (a function or
/// asset path, a dependency, the runtime, the build, a variable key), how, and its two sides.
/// A variable's value is never carried: a changed variable says `(hidden)` on both sides.
struct OverviewChange: Equatable, Sendable {
    /// What kind of thing differs.
    enum Subject: String, Sendable {
        case build, runtime, function, asset, dependency, variable
    }

    /// How it differs, read from the first side to the second (as `diff A B` reads).
    enum Kind: String, Sendable {
        /// Only the second side has it.
        case added
        /// Only the first side has it.
        case removed
        /// Both have it, differently.
        case changed
    }

    /// The words shown in place of a variable's value.
    static let hidden = "(hidden)"

    let subject: Subject
    /// The path, package name or key (empty for the build and the runtime).
    let name: String
    let kind: Kind
    /// The first side: a version SID (with its visibility), a version range, a runtime, a build SID.
    let from: String?
    /// The second side.
    let to: String?

    /// `{what, name, change, from, to}`.
    var record: Value {
        [
            "what": .string(subject.rawValue),
            "name": .string(name),
            "change": .string(kind.rawValue),
            "from": from.map(Value.string) ?? .null,
            "to": to.map(Value.string) ?? .null,
        ]
    }

    /// The change between two optional sides with the same name, or nil when they are equal.
    static func between(_ subject: Subject, _ name: String, _ from: String?, _ to: String?) -> OverviewChange? {
        switch (from, to) {
        case (nil, nil): nil
        case (nil, let to?): OverviewChange(subject: subject, name: name, kind: .added, from: nil, to: to)
        case (let from?, nil): OverviewChange(subject: subject, name: name, kind: .removed, from: from, to: nil)
        case (let from?, let to?): from == to ? nil : OverviewChange(subject: subject, name: name, kind: .changed, from: from, to: to)
        }
    }

    /// The changes between two keyed collections, in the order of their names.
    static func between(_ subject: Subject, _ from: [String: String], _ to: [String: String]) -> [OverviewChange] {
        Set(from.keys).union(to.keys).sorted().compactMap { between(subject, $0, from[$0], to[$0]) }
    }
}

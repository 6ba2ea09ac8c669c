import BuildScript
import Foundation
import ServerlessClient

/// One API operation with every argument resolved: which noun and verb, the parent SIDs (or a
/// service unique name), the resource's own SID, and the converted parameters.
struct ResourceCall: Sendable, Equatable {
    /// The noun acted on.
    let noun: ResourceNoun
    /// The verb.
    let action: NounAction
    /// The parents' SIDs (the service may be its unique name), by scope.
    var scope: [NounScope: String]
    /// The resource's own SID (or a service unique name) for fetch, update and delete.
    var target: String?
    /// The named parameters, converted, by their canonical script name.
    var arguments: [String: ArgumentValue]

    /// The parent for `scope`; the resolver guarantees presence for every scope of the noun.
    func parent(_ scope: NounScope) -> String { self.scope[scope] ?? "" }

    /// The resource SID; the resolver guarantees presence for fetch, update and delete.
    var sid: String { target ?? "" }

    /// A string argument, if given.
    func string(_ name: String) -> String? {
        if case .string(let text) = arguments[name] { return text }
        return nil
    }

    /// A boolean argument, if given.
    func bool(_ name: String) -> Bool? {
        if case .bool(let flag)? = arguments[name] { return flag }
        return nil
    }

    /// An integer argument, if given.
    func integer(_ name: String) -> Int? {
        if case .integer(let number)? = arguments[name] { return number }
        return nil
    }

    /// A list-of-strings argument, empty if not given.
    func strings(_ name: String) -> [String] {
        if case .strings(let list)? = arguments[name] { return list }
        return []
    }

    /// A time argument, if given.
    func date(_ name: String) -> Date? {
        if case .date(let date)? = arguments[name] { return date }
        return nil
    }

    /// How the call reads in a dry run or a confirmation: `delete build ZB… in service ZS…`.
    /// The command as a script writes it: `list build`.
    var command: String { "\(action.rawValue) \(noun.name)" }

    var summary: String {
        var text = command
        if let target { text += " \(target)" }
        for scope in noun.scope.reversed() {
            if let parent = self.scope[scope] { text += " in \(scope.rawValue) \(parent)" }
        }
        let shown = arguments.keys.sorted().filter { $0 != "content" }
        if !shown.isEmpty {
            text += " with " + shown.map { "\($0)=\(arguments[$0]?.summary ?? "")" }.joined(separator: " ")
        }
        return text
    }
}

/// A converted parameter value, ready for the client.
enum ArgumentValue: Sendable, Equatable {
    /// Text (also SIDs).
    case string(String)
    /// A flag.
    case bool(Bool)
    /// A whole number.
    case integer(Int)
    /// A time.
    case date(Date)
    /// A list of strings (SIDs).
    case strings([String])
    /// Build dependencies.
    case dependencies(Dependencies)
    /// File contents to upload.
    case content(Data)

    /// A short rendering for dry runs.
    var summary: String {
        switch self {
        case .string(let text): text
        case .bool(let flag): String(flag)
        case .integer(let number): String(number)
        case .date(let date): Value.format(time: date)
        case .strings(let list): "[" + list.joined(separator: ",") + "]"
        case .dependencies(let dependencies): dependencies.wireValue
        case .content(let data): "(\(data.count) bytes)"
        }
    }
}

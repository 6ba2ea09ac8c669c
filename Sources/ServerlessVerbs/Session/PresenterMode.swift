import BuildScript
import ServerlessClient
import Synchronization

/// Presenter mode (`--presenter`, `.presenter on|off`), for sharing a screen: what is *shown* hides
/// the account SID, the API key SID, the secret and variable values, and tables show SIDs short
/// (`ZB…3f2a`). Only the text shown changes: results, `$variables` and Tab keep every value whole.
///
/// One switch for a whole run, shared by every world the host makes (`.reset`, lessons), and asked
/// at each write: standard output through ``VerbSession/write(_:to:)``, standard error through
/// ``StandardErrorText``.
public final class PresenterMode: Sendable {
    private struct State {
        var isOn = false
        /// Values of variables seen in results, hidden wherever they appear in text.
        var values: Set<String> = []
    }

    private let state: Mutex<State>

    /// What replaces a hidden identifier or value.
    public static let mark = "[hidden]"
    /// Values shorter than this are hidden only in a variable record's `value` field, never searched
    /// for in other text (hiding `1` or `true` everywhere would garble everything).
    static let shortestSearchedValue = 6

    /// A switch, off unless `isOn`.
    public init(isOn: Bool = false) {
        state = Mutex(State(isOn: isOn))
    }

    /// Whether presenter mode is on.
    public var isOn: Bool {
        get { state.withLock { $0.isOn } }
        set { state.withLock { $0.isOn = newValue } }
    }

    /// The line a host prints when presenter mode starts or is switched on.
    public static let banner = "presenter mode on: account SID, API key, secrets and variable values hidden; SIDs shortened in tables"

    /// Remembers the values of the variable records in `value` (a record or a list of them), so
    /// they are hidden wherever they appear later, whether or not the mode is on yet.
    public func remember(resource value: Value) {
        switch value {
        case .record(let fields):
            guard Self.isVariable(fields), case .string(let text) = fields["value"],
                  text.count >= Self.shortestSearchedValue else { return }
            state.withLock { _ = $0.values.insert(text) }
        case .list(let items):
            for item in items { remember(resource: item) }
        default:
            break
        }
    }

    /// `text` as shown: when on, the account SID, the API key SID and remembered variable values
    /// replaced by ``mark`` (the secret itself is redacted before this by ``Credentials/redacting(_:)``).
    public func masking(_ text: String, credentials: Credentials?) -> String {
        let hidden = hiddenTexts(credentials)
        guard !hidden.isEmpty else { return text }
        return Self.masking(text, hiding: hidden)
    }

    /// What is hidden while on: the account's and API key's SIDs, their short forms and the
    /// remembered variable values; nothing while off.
    private func hiddenTexts(_ credentials: Credentials?) -> [String] {
        state.withLock { state in
            guard state.isOn else { return [] }
            let sids = [credentials?.accountSid, credentials?.username].compactMap { $0 }
            return sids + sids.flatMap(Self.abbreviations) + state.values
        }
    }

    /// `text` with each of `hidden` replaced by ``mark``, the longest first (a value holding
    /// another is hidden whole).
    static func masking(_ text: String, hiding hidden: [String]) -> String {
        var text = text
        for secret in Set(hidden).sorted(by: { $0.count > $1.count }) where !secret.isEmpty && text.contains(secret) {
            text = text.replacingOccurrences(of: secret, with: mark)
        }
        return text
    }

    /// `value` as shown in `format` when on (unchanged when off): a variable record's `value` is
    /// hidden in every format, and inside every string the secret, the account's and API key's SIDs
    /// and remembered variable values are hidden before any layout cuts the string short (a table
    /// fitted to 80 columns would otherwise show most of an API key SID, cut where no whole SID
    /// matches any more); in tables, every SID is shortened (``shortened(_:)``).
    public func displayed(_ value: Value, in format: OutputFormat, credentials: Credentials?) -> Value {
        guard isOn else { return value }
        remember(resource: value)
        let hidden = hiddenTexts(credentials)
        return Self.displayed(value, shortening: format == .table) { text in
            Self.masking(credentials?.redacting(text) ?? text, hiding: hidden)
        }
    }

    static func displayed(_ value: Value, shortening: Bool, masking: (String) -> String) -> Value {
        switch value {
        case .record(var fields):
            if isVariable(fields), fields["value"] != nil, fields["value"] != .null { fields["value"] = .string(mark) }
            for (key, field) in fields { fields[key] = displayed(field, shortening: shortening, masking: masking) }
            return .record(fields)
        case .list(let items):
            return .list(items.map { displayed($0, shortening: shortening, masking: masking) })
        case .string(let text):
            let masked = masking(text)
            return .string(shortening ? shortened(masked) : masked)
        default:
            return value
        }
    }

    /// A SID shortened to its prefix, an ellipsis and its last 4 characters (`ZB…3f2a`); any other
    /// text unchanged.
    public static func shortened(_ text: String) -> String {
        guard text.utf8.count == 34, ResourceReference.isSID(text) else { return text }
        return "\(text.prefix(2))…\(text.suffix(4))"
    }

    /// The short forms a SID is shown in (`AC…3f2a`, the banner's `AC0123…3f2a`): its first 2 to 8
    /// characters, an ellipsis and its last 4.
    static func abbreviations(of sid: String) -> [String] {
        guard sid.count > 12 else { return [] }
        return (2...8).map { "\(sid.prefix($0))…\(sid.suffix(4))" }
    }

    /// Whether `fields` are a variable's (a `ZV` SID with a `key` and a `value`).
    private static func isVariable(_ fields: Fields) -> Bool {
        guard case .string(let sid) = fields["sid"], fields["key"] != nil else { return false }
        return NounTable.noun(forSID: sid, fields: Set(fields.keys))?.kind == .variable
    }
}

/// Text that came from a server, made safe to show on a terminal: shown, never obeyed.
///
/// Control characters (C0, DEL and C1) would let a server move the cursor, clear the screen, set the
/// window title or overwrite a line with `\r`; they are written as escapes instead: `\e` for ESC,
/// `\r`, `\t`, `\n` where asked, and `\u{7}` for the rest.
public enum ServerText {
    /// `text` with its control characters escaped; `keepingLineBreaks` leaves `\n` and `\t` as they
    /// are (for multi-line messages).
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, keepingLineBreaks: keepingLineBreaks) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar, keepingLineBreaks: keepingLineBreaks) else {
                out.append(scalar)
                continue
            }
            out.append(contentsOf: escape(scalar).unicodeScalars)
        }
        return String(out)
    }

    /// `text` as a terminal may show it: every form of `credentials`' secret redacted (see
    /// ``Credentials/redacting(_:)``), then control characters escaped as ``escaped(_:keepingLineBreaks:)``
    /// does. The one rule for any text that came from a server, or may hold a secret.
    public static func shown(_ text: String, redacting credentials: Credentials?, keepingLineBreaks: Bool = false) -> String {
        escaped(credentials?.redacting(text) ?? text, keepingLineBreaks: keepingLineBreaks)
    }

    /// The escape written for one control character.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{1B}": "\\e"
        case "\r": "\\r"
        case "\n": "\\n"
        case "\t": "\\t"
        default: "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }

    /// Whether `scalar` is a control character (C0, DEL or C1), `\n` and `\t` excepted when asked.
    public static func isControl(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool = false) -> Bool {
        let value = scalar.value
        if keepingLineBreaks, scalar == "\n" || scalar == "\t" { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }
}

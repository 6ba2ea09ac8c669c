#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the process's character handling into a UTF-8 locale, so the editor moves and deletes by
/// character rather than by byte. Must run before the editor starts.
enum TerminalLocale {
    /// Adopts the user's locale, falling back to `C.UTF-8` when that is not UTF-8.
    static func adoptUTF8() {
        _ = setlocale(LC_CTYPE, "")
        if isUTF8 { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil {
            _ = setlocale(LC_CTYPE, "en_US.UTF-8")
        }
    }

    /// Whether the current character set is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}

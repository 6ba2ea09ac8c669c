#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibEditShim

/// How many terminal columns text occupies, as the editor draws it.
enum DisplayWidth {
    /// The width of `text`: wide characters count two, combining marks none, and control
    /// characters two (the editor shows them as `^X`). ANSI colour sequences count nothing.
    static func of(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" {
                inEscape = true
                continue
            }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                width += 2
                continue
            }
            let columns = bsh_wcwidth(scalar.value)
            width += columns < 0 ? 1 : Int(columns)
        }
        return width
    }

    /// `text` cut to at most `columns` columns, ending in `…` when cut.
    static func truncate(_ text: String, toColumns columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        var result = ""
        var used = 0
        for character in text {
            let width = of(String(character))
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }
}

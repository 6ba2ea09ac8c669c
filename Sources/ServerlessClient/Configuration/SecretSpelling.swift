/// One form of a secret, found in text however a server or a URL spells it: ASCII letters in any
/// case, and any of its bytes percent-encoded (`%2B`, `%2b`) or, for a space, written `+` as forms
/// encode it. A secret in a `next_page_url` query (`PageToken=%30%31…`) is still the secret.
struct SecretSpelling: Sendable, Hashable {
    /// The form's bytes, ASCII letters lowercased.
    private let bytes: [UInt8]

    init(_ form: String) {
        bytes = form.utf8.map(Self.folded)
    }

    /// `text` with every spelling of any of `spellings` replaced by `mark`; `text` itself when
    /// none is found. At each place the first spelling that matches wins (give longer forms first).
    static func replacing(_ spellings: [SecretSpelling], in text: String, with mark: String) -> String {
        guard !spellings.isEmpty else { return text }
        var text = text
        let starts = Starts(spellings)
        let replaced: [UInt8]? = text.withUTF8 { source in
            var out: [UInt8] = []
            var copied = 0
            var index = 0
            while index < source.count {
                guard starts.contains(source[index]) else {
                    index += 1
                    continue
                }
                var found: Int?
                for spelling in spellings where found == nil {
                    found = spelling.matchLength(in: source, at: index)
                }
                guard let length = found else {
                    index += 1
                    continue
                }
                out += source[copied..<index]
                out += mark.utf8
                index += length
                copied = index
            }
            guard copied > 0 else { return nil }
            out += source[copied...]
            return out
        }
        return replaced.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// How many bytes of `text` from `start` spell this form, or `nil` when they do not.
    func matchLength(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var position = start
        for expected in bytes {
            guard position < text.count else { return nil }
            let byte = text[position]
            if Self.folded(byte) == expected {
                position += 1
            } else if byte == UInt8(ascii: "%"), position + 2 < text.count,
                      let high = Self.hexValue(text[position + 1]), let low = Self.hexValue(text[position + 2]),
                      Self.folded(high << 4 | low) == expected
            {
                position += 3
            } else if byte == UInt8(ascii: "+"), expected == UInt8(ascii: " ") {
                position += 1
            } else {
                return nil
            }
        }
        return position - start
    }

    /// The bytes a spelling can start with: a quick look before a match is tried at each place.
    private struct Starts {
        private var table = [Bool](repeating: false, count: 256)

        init(_ spellings: [SecretSpelling]) {
            table[Int(UInt8(ascii: "%"))] = true
            table[Int(UInt8(ascii: "+"))] = true
            for first in spellings.compactMap(\.bytes.first) {
                table[Int(first)] = true
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) { table[Int(first - 32)] = true }
            }
        }

        func contains(_ byte: UInt8) -> Bool { table[Int(byte)] }
    }

    /// `byte` with an ASCII capital letter lowercased.
    private static func folded(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

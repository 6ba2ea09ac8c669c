/// Searching, splitting and replacing text, byte by byte, when the text and the part searched for
/// are all ASCII. For such text the results are those of Foundation's `contains`,
/// `components(separatedBy:)` and `replacingOccurrences(of:with:)` (matches found left to right,
/// never overlapping), whose Unicode rules only matter beyond ASCII; this way costs no trip through
/// Foundation's general search on every call. Each function returns nil for other text, and the
/// caller then takes Foundation's way.
enum ASCIIText {
    /// Whether `part` occurs in `text`.
    static func contains(_ text: String, _ part: String) -> Bool? {
        search(text, part) { t, p in
            p.isEmpty ? nil : firstMatch(of: p, in: t, from: 0) != nil
        }
    }

    /// The pieces of `text` between the occurrences of `separator` (non-empty).
    static func split(_ text: String, by separator: String) -> [String]? {
        search(text, separator) { t, s in
            guard !s.isEmpty else { return nil }
            var pieces: [String] = []
            var start = 0
            while let match = firstMatch(of: s, in: t, from: start) {
                pieces.append(string(t, start..<match))
                start = match + s.count
            }
            pieces.append(string(t, start..<t.count))
            return pieces
        }
    }

    /// `text` with every occurrence of `old` (non-empty) replaced by `new`.
    static func replace(_ text: String, _ old: String, with new: String) -> String? {
        search(text, old) { t, o in
            guard !o.isEmpty else { return nil }
            guard var match = firstMatch(of: o, in: t, from: 0) else { return text }
            var result = ""
            result.reserveCapacity(t.count)
            var start = 0
            while true {
                result += string(t, start..<match)
                result += new
                start = match + o.count
                guard let next = firstMatch(of: o, in: t, from: start) else { break }
                match = next
            }
            result += string(t, start..<t.count)
            return result
        }
    }

    /// Runs `body` over the UTF-8 of `text` and `part` when both are ASCII.
    private static func search<Result>(
        _ text: String, _ part: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result?
    ) -> Result? {
        var text = text
        var part = part
        return text.withUTF8 { t in
            part.withUTF8 { p in
                guard isASCII(t), isASCII(p) else { return nil }
                return body(t, p)
            }
        }
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for byte in bytes { any |= byte }
        return any < 0x80
    }

    /// Where `part` (non-empty) first occurs in `text` at or after `start`.
    private static func firstMatch(of part: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let last = text.count - part.count
        guard start <= last else { return nil }
        let first = part[0]
        var i = start
        while i <= last {
            if text[i] == first {
                var j = 1
                while j < part.count, text[i + j] == part[j] { j += 1 }
                if j == part.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

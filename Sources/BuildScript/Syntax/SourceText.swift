import Foundation

/// The one rule for turning script bytes into source text, whatever they come from (a file,
/// `-c`, standard input, `source`): valid UTF-8 or a syntax error at the first invalid byte. A
/// leading byte-order mark (`EF BB BF`, which Windows editors write) is not part of the program.
enum SourceText {
    /// The UTF-8 encoding of U+FEFF at the start of a file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `bytes` as a string; throws a diagnostic naming the first byte that is not UTF-8. (Typed
    /// throws rather than a `Result`: instantiating `Result<String, Diagnostic>` costs a scan of every
    /// protocol conformance in the binary on the first run of every script.)
    static func decode(_ bytes: some Collection<UInt8>, file: String) throws(Diagnostic) -> String {
        var array = Array(bytes)
        if array.starts(with: byteOrderMark) { array.removeFirst(byteOrderMark.count) }
        if let text = String(validating: array, as: UTF8.self) { return text }
        var iterator = array.makeIterator()
        var decoder = UTF8()
        var location = SourceLocation.start
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let width = UTF8.width(scalar)
                offset += width
                if scalar == "\n" {
                    location = SourceLocation(line: location.line + 1, column: 1, offset: offset)
                } else {
                    location = SourceLocation(line: location.line, column: location.column + 1, offset: offset)
                }
            case .emptyInput:
                return String(decoding: array, as: UTF8.self)
            case .error:
                let byte = offset < array.count ? array[offset] : 0
                let hex = String(byte, radix: 16, uppercase: true)
                let end = SourceLocation(line: location.line, column: location.column + 1, offset: offset + 1)
                throw Diagnostic(
                    message: "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex); scripts must be UTF-8 text",
                    range: SourceRange(file: file, start: location, end: end))
            }
        }
    }
}

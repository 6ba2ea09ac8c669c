/// Gathers the bytes of one UTF-8 encoded character as they arrive from the terminal.
struct UTF8Accumulator {
    /// What the bytes so far amount to.
    enum Step: Equatable {
        /// More bytes are needed.
        case incomplete
        /// A whole character.
        case scalar(Unicode.Scalar)
        /// The bytes were not UTF-8; they are dropped.
        case invalid
    }

    private var bytes: [UInt8] = []
    private var expected = 0

    /// Whether a character is half read.
    var isEmpty: Bool { bytes.isEmpty }

    /// Adds one byte.
    mutating func add(_ byte: UInt8) -> Step {
        if bytes.isEmpty {
            switch byte {
            case 0x00...0x7F:
                return .scalar(Unicode.Scalar(byte))
            case 0xC2...0xDF: expected = 2
            case 0xE0...0xEF: expected = 3
            case 0xF0...0xF4: expected = 4
            default: return .invalid
            }
            bytes = [byte]
            return .incomplete
        }
        guard byte & 0xC0 == 0x80 else {
            bytes = []
            // A fresh lead byte cut the sequence short: start again from it.
            return add(byte) == .incomplete ? .incomplete : .invalid
        }
        bytes.append(byte)
        guard bytes.count == expected else { return .incomplete }
        defer { bytes = [] }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            return .scalar(scalar)
        }
        return .invalid
    }
}

/// Appends the text of (part of) an interpolated string to a string being built.
typealias CompiledText = @Sendable (inout String, Machine, Frame) throws(Unwind) -> Void

/// Compiles interpolated strings (`"ZB${i}"`, `"${$i % 10}"`) into one chain of direct closure
/// calls, each appending its part to a single string: no list of parts is walked (and no part
/// copied) per evaluation, and a number part (a variable or arithmetic with a ``CompiledNumber``
/// form) is formatted without a ``Value`` being built for it. The text is what the general
/// evaluator makes of each part (``Value/description``).
enum InterpolationCompiler {
    /// The interpolated string as a value, or `nil` when a part is not compiled.
    static func string(of parts: [InterpolatedPart]) -> CompiledExpression? {
        if parts.count == 1, case .expression(let e) = parts[0], let code = e.compiled {
            // `"${expr}"`: the part's text is the string; no buffer to append to.
            if let number = e.number {
                return { machine, frame throws(Unwind) in
                    if let n = number(frame) { return .string(Value.format(number: n)) }
                    return .string(text(of: try code(machine, frame)))
                }
            }
            return { machine, frame throws(Unwind) in .string(text(of: try code(machine, frame))) }
        }
        guard let append = appender(of: parts) else { return nil }
        return { machine, frame throws(Unwind) in
            var text = ""
            try append(&text, machine, frame)
            return .string(text)
        }
    }

    /// A closure appending every part, in order, or `nil` when a part is not compiled.
    static func appender(of parts: [InterpolatedPart]) -> CompiledText? {
        var combined: CompiledText?
        for part in parts.reversed() {
            guard let piece = appender(of: part) else { return nil }
            if let next = combined {
                combined = { text, machine, frame throws(Unwind) in
                    try piece(&text, machine, frame)
                    try next(&text, machine, frame)
                }
            } else {
                combined = piece
            }
        }
        guard let combined else { return { _, _, _ throws(Unwind) in } }
        return combined
    }

    private static func appender(of part: InterpolatedPart) -> CompiledText? {
        switch part {
        case .text(let literal):
            return { text, _, _ throws(Unwind) in text += literal }
        case .expression(let e):
            guard let code = e.compiled else { return nil }
            if let number = e.number {
                return { text, machine, frame throws(Unwind) in
                    if let n = number(frame) {
                        text += Value.format(number: n)
                    } else {
                        text += Self.text(of: try code(machine, frame))
                    }
                }
            }
            return { text, machine, frame throws(Unwind) in text += Self.text(of: try code(machine, frame)) }
        }
    }

    /// The text an interpolated value contributes (numbers and strings without a detour through
    /// `description`, which gives the same text).
    @inline(__always)
    static func text(of value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .number(let n): return Value.format(number: n)
        default: return value.description
        }
    }
}

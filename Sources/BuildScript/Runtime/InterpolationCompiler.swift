/// Appends the text of (part of) an interpolated string to a string being built.
typealias CompiledText = @Sendable (inout String, Machine, Frame) throws(Unwind) -> Void

/// Compiles interpolated strings (`"ZB${i}"`, `"${$i % 10}"`) into one chain of direct closure
/// calls, each appending its part to a single string: no list of parts is walked (and no part
/// copied) per evaluation, and a number part (a variable or arithmetic with a ``CompiledNumber``
/// form) is formatted without a ``Value`` being built for it. The text is what the tree walker
/// makes of each part (``Value/interpolationText``).
enum InterpolationCompiler {
    /// The interpolated string as a value.
    static func string(of parts: [InterpolatedPart]) -> CompiledExpression {
        if parts.count == 1, case .expression(let e) = parts[0] {
            // `"${expr}"`: the part's text is the string; no buffer to append to.
            let code = ExpressionCompiler.code(of: e)
            if let number = e.number {
                return { machine, frame throws(Unwind) in
                    if let n = number(frame) { return .string(Value.format(number: n)) }
                    return .string(try code(machine, frame).interpolationText)
                }
            }
            return { machine, frame throws(Unwind) in .string(try code(machine, frame).interpolationText) }
        }
        let append = appender(of: parts)
        return { machine, frame throws(Unwind) in
            var text = ""
            try append(&text, machine, frame)
            return .string(text)
        }
    }

    /// A closure appending every part, in order.
    static func appender(of parts: [InterpolatedPart]) -> CompiledText {
        var combined: CompiledText?
        for part in parts.reversed() {
            let piece = appender(of: part)
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

    private static func appender(of part: InterpolatedPart) -> CompiledText {
        switch part {
        case .text(let literal):
            return { text, _, _ throws(Unwind) in text += literal }
        case .expression(let e):
            let code = ExpressionCompiler.code(of: e)
            if let number = e.number {
                return { text, machine, frame throws(Unwind) in
                    if let n = number(frame) {
                        text += Value.format(number: n)
                    } else {
                        text += try code(machine, frame).interpolationText
                    }
                }
            }
            return { text, machine, frame throws(Unwind) in text += try code(machine, frame).interpolationText }
        }
    }
}

/// Prompts as libedit takes them: colour sequences fenced by a marker byte so they are not measured.
enum PromptText {
    /// The byte libedit is told fences unprinted sequences in the prompt.
    static let fence: Character = "\u{1}"

    /// `prompt` with each ANSI escape sequence wrapped in `fence` bytes.
    static func fencingEscapes(_ prompt: String) -> String {
        var result = ""
        var inEscape = false
        for scalar in prompt.unicodeScalars {
            if inEscape {
                result.unicodeScalars.append(scalar)
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" {
                    result.append(fence)
                    inEscape = false
                }
            } else if scalar == "\u{1B}" {
                result.append(fence)
                result.unicodeScalars.append(scalar)
                inEscape = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        if inEscape { result.append(fence) }
        return result
    }
}

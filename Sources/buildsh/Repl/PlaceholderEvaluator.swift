import LineEditor

/// A stand-in language until the interpreter is wired: `print WORDS`, `sleep SECONDS`, braces
/// continue a statement.
struct PlaceholderEvaluator: ReplEvaluator {
    let output: TerminalOutput

    func isComplete(_ source: String) -> Bool {
        source.filter { $0 == "{" }.count <= source.filter { $0 == "}" }.count
    }

    func evaluate(_ source: String, settings: ReplSettings) async {
        let words = source.split(whereSeparator: \.isWhitespace).map(String.init)
        switch words.first {
        case "print":
            output.standardOutput(words.dropFirst().joined(separator: " ") + "\n")
        case "sleep":
            let seconds = Double(words.dropFirst().first ?? "1") ?? 1
            do {
                try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
                output.standardOutput("slept\n")
            } catch {
                output.standardError("cancelled\n")
            }
        default:
            output.standardError("error: unknown command '\(words.first ?? "")'\n")
        }
    }

    func prompt() -> String { "sandbox> " }

    func complete(_ request: CompletionRequest) -> Completion {
        let word = request.textBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let candidates = ["print", "sleep", "service", "services", "ZBabc123"].filter { $0.hasPrefix(word) }
        return Completion(replacing: word.count, candidates: candidates)
    }

    func hint(for line: String) -> String? {
        line == "sleep " ? "SECONDS" : nil
    }
}

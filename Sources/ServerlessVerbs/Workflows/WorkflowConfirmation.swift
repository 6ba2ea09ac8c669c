import Foundation

extension VerbSession {
    /// Asks once before a workflow verb destroys something: `Delete 3 builds and 1 function in
    /// service demo? [y/N]`. Unlike the loop confirmation, the count is never a reason to skip
    /// the question (removing one service is the most destructive thing there is). Yes without
    /// asking with `--yes`, or when nobody can answer (scripts never hang); callers do not ask at
    /// all in a dry run, which deletes nothing.
    func confirmWorkflow(_ question: String) async -> Bool {
        let options = options
        if options.assumeYes || !options.isInteractive { return true }
        return await askYesOrNo(question + " [y/N] ")
    }

    /// Shows `prompt` and reads the answer (through the host's reader when it has one): true for
    /// `y` or `yes` in any case, false for anything else or no answer.
    func askYesOrNo(_ prompt: String) async -> Bool {
        let options = options
        let answer: String?
        if let readAnswer = options.readAnswer {
            answer = await readAnswer(prompt)
        } else {
            options.stderr(prompt)
            answer = readLine()
        }
        let word = answer?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return word == "y" || word == "yes"
    }

    /// Asks ``confirmWorkflow(_:)`` and throws when the answer is no, naming the question.
    func requireConfirmation(_ question: String) async throws {
        guard await confirmWorkflow(question) else {
            throw ServerlessVerbError.usage("cancelled: '\(question.dropLast())' was not confirmed; nothing was deleted")
        }
    }
}

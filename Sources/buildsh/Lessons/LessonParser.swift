import BuildScript

/// Reads a lesson file. A field starts a line (`step Create a service`); lines indented by two
/// spaces continue it (an explanation, a file's contents, a check over several lines); `#` starts a
/// comment line. Every problem is reported with its line, all at once (`learn check FILE`).
struct LessonParser {
    /// A problem in a lesson file.
    struct Problem: Error, Equatable {
        let line: Int
        let message: String
    }

    /// Every problem of a file, in line order.
    struct Problems: Error, Equatable {
        let all: [Problem]
    }

    /// The fields before the first step, and those of a step.
    static let lessonFields = ["lesson", "title", "about", "file", "setup"]
    static let stepFields = ["step", "task", "check", "hint", "resume"]

    /// One field with its value: the text after the name, then the continuation lines.
    private struct Field {
        let name: String
        let line: Int
        var lines: [String]
        /// The line of the file the value's first line is on.
        var valueLine: Int { lines.first?.isEmpty == true && lines.count > 1 ? line + 1 : line }
        var value: String {
            let body = lines.first?.isEmpty == true ? Array(lines.dropFirst()) : lines
            return body.joined(separator: "\n")
        }
        var text: String { value.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The lesson in `text`, or every problem found.
    static func parse(_ text: String) -> Result<Lesson, Problems> {
        var problems: [Problem] = []
        let fields = fields(of: text, problems: &problems)
        var lesson = Lesson(name: "", title: "", about: "", files: [], setup: nil, steps: [])
        var seen: Set<String> = []
        var step: (field: Field, task: Field?, check: Field?, hint: Field?, resume: Field?)?
        func finishStep() {
            guard let current = step else { return }
            for (name, field) in [("task", current.task), ("check", current.check), ("hint", current.hint)] where field == nil {
                problems.append(Problem(line: current.field.line, message: "step '\(current.field.lines.first ?? "")' has no \(name)"))
            }
            lesson.steps.append(LessonStep(
                title: current.field.lines.first?.trimmingCharacters(in: .whitespaces) ?? "",
                text: current.field.lines.dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines),
                task: current.task?.text ?? "", check: current.check?.value ?? "", hint: current.hint?.text ?? "",
                resume: current.resume?.value, line: current.field.line))
            step = nil
        }
        for field in fields {
            if field.name == "step" {
                finishStep()
                if field.text.isEmpty { problems.append(Problem(line: field.line, message: "a step needs a title: step TITLE")) }
                step = (field, nil, nil, nil, nil)
                continue
            }
            if stepFields.contains(field.name) {
                guard var current = step else {
                    problems.append(Problem(line: field.line, message: "'\(field.name)' belongs to a step: write 'step TITLE' first"))
                    continue
                }
                let already: Field?
                switch field.name {
                case "task": already = current.task; current.task = field
                case "check": already = current.check; current.check = field; problems += checkProblems(field)
                case "resume": already = current.resume; current.resume = field; problems += checkProblems(field)
                default: already = current.hint; current.hint = field
                }
                if already != nil { problems.append(Problem(line: field.line, message: "this step already has a \(field.name)")) }
                if field.text.isEmpty { problems.append(Problem(line: field.line, message: "'\(field.name)' is empty")) }
                step = current
                continue
            }
            if step != nil {
                problems.append(Problem(line: field.line, message: "'\(field.name)' belongs before the first step"))
                continue
            }
            if field.name != "file", !seen.insert(field.name).inserted {
                problems.append(Problem(line: field.line, message: "the lesson already has a \(field.name)"))
            }
            switch field.name {
            case "lesson":
                lesson.name = field.text
                if !isName(field.text) {
                    problems.append(Problem(line: field.line, message: "a lesson's name is lower-case letters, digits and '-': lesson NAME"))
                }
            case "title": lesson.title = field.text
            case "about": lesson.about = field.text
            case "setup":
                lesson.setup = field.value
                problems += checkProblems(field)
            default:
                let path = field.lines.first?.trimmingCharacters(in: .whitespaces) ?? ""
                if path.isEmpty || path.hasPrefix("/") || path.split(separator: "/").contains("..") {
                    problems.append(Problem(line: field.line, message: "a file's path is relative and stays in the lesson's folder: file PATH"))
                }
                lesson.files.append(LessonFile(path: path, contents: field.lines.dropFirst().joined(separator: "\n") + "\n"))
            }
        }
        finishStep()
        if fields.first(where: { $0.name == "lesson" }) == nil { problems.append(Problem(line: 1, message: "no 'lesson NAME' line")) }
        if lesson.title.isEmpty { problems.append(Problem(line: 1, message: "no 'title' line")) }
        if lesson.steps.isEmpty { problems.append(Problem(line: max(1, text.split(separator: "\n", omittingEmptySubsequences: false).count), message: "the lesson has no steps")) }
        guard problems.isEmpty else { return .failure(Problems(all: problems.sorted { $0.line < $1.line })) }
        return .success(lesson)
    }

    /// The fields of `text`, in order; lines that are neither a field, a continuation nor a comment
    /// are problems.
    private static func fields(of text: String, problems: inout [Problem]) -> [Field] {
        var fields: [Field] = []
        var blanks: [String] = []
        let known = lessonFields + stepFields
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let number = index + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                blanks.append("")
                continue
            }
            if line.hasPrefix("  ") {
                guard !fields.isEmpty else {
                    problems.append(Problem(line: number, message: "an indented line continues a field, but no field came before it"))
                    continue
                }
                fields[fields.count - 1].lines += blanks + [String(line.dropFirst(2))]
                blanks = []
                continue
            }
            blanks = []
            if line.hasPrefix("#") { continue }
            if line.first?.isWhitespace == true {
                problems.append(Problem(line: number, message: "indent continuation lines by two spaces"))
                continue
            }
            let name = String(line.prefix { !$0.isWhitespace })
            guard known.contains(name) else {
                let suggestion = Suggestions.closest(to: name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(Problem(line: number, message: "unknown field '\(name)'\(suggestion); a lesson has \(known.joined(separator: ", "))"))
                continue
            }
            let rest = line.dropFirst(name.count).drop { $0 == " " }
            fields.append(Field(name: name, line: number, lines: [String(rest)]))
        }
        return fields
    }

    /// The syntax errors of a check or setup, at their lines in the lesson file.
    private static func checkProblems(_ field: Field) -> [Problem] {
        Interpreter.check(field.value, file: "lesson").map { diagnostic in
            Problem(line: field.valueLine + diagnostic.range.start.line - 1, message: "\(field.name): \(diagnostic.message)")
        }
    }

    private static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

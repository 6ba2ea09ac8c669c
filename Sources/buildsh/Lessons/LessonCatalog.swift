import Foundation

/// The lessons `learn` knows: those built into the binary (from the tree's `lessons/` folder, by
/// `scripts/generate-lessons`), and lesson files a teacher names by path.
enum LessonCatalog {
    /// The built-in lessons, in their files' order. A built-in lesson that does not parse is a bug
    /// the generator's check and the terminal tests catch; it is left out rather than stopping the REPL.
    static let builtIn: [Lesson] = BuiltInLessons.files.compactMap { try? LessonParser.parse($0.text).get() }

    /// The built-in lesson named `name`.
    static func named(_ name: String) -> Lesson? {
        builtIn.first { $0.name == name }
    }

    /// A lesson file read from `path` (relative to `base`), or the lines describing its problems
    /// (`FILE:LINE: error: …`).
    static func read(_ path: String, base: String, directories: XDGDirectories) -> Result<Lesson, LessonFileError> {
        let expanded = directories.expandingTilde(path)
        let absolute = expanded.hasPrefix("/") ? expanded : base + "/" + expanded
        guard let data = FileManager.default.contents(atPath: absolute) else {
            return .failure(.unreadable("error: cannot read lesson file \(path)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(.unreadable("error: lesson file \(path) is not UTF-8 text"))
        }
        return LessonParser.parse(text).map { lesson in
            var lesson = lesson
            lesson.origin = .file(shown: path, absolute: URL(fileURLWithPath: absolute).standardizedFileURL.path)
            return lesson
        }.mapError { problems in
            LessonFileError.problems(problems.all.map { "\(path):\($0.line): error: \($0.message)" })
        }
    }
}

/// Why a lesson file cannot be run.
enum LessonFileError: Error {
    /// The file cannot be read.
    case unreadable(String)
    /// It was read; these are its problems, one line each.
    case problems([String])

    /// The lines to print.
    var lines: [String] {
        switch self {
        case .unreadable(let line): [line]
        case .problems(let lines): lines
        }
    }
}

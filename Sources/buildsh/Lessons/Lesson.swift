/// A lesson of `learn`: steps the learner does in a sandbox of the lesson's own, each checked
/// against that sandbox's state after every statement. Read from a lesson file (docs/teaching.md
/// describes the format) by ``LessonParser``.
struct Lesson: Sendable, Equatable {
    /// The name `learn NAME` takes, and the name of its progress file.
    var name: String
    /// One line shown in `learn`'s list.
    var title: String
    /// What the learner reads first.
    var about: String
    /// Files written into the lesson's folder before it starts (a project to deploy, a script).
    var files: [LessonFile]
    /// Statements run quietly in the lesson's fresh sandbox before the first step.
    var setup: String?
    /// The steps, in order.
    var steps: [LessonStep]
    /// Built into buildsh, or read from a teacher's file.
    var origin: LessonOrigin = .builtIn

    /// What its progress, sandbox and folder are named by: a built-in lesson's name; for a file,
    /// its name and a digest of its absolute path, so a teacher's `functions` lesson never shares
    /// the built-in one's progress or sandbox, nor two files of one name each other's.
    var storageKey: String {
        switch origin {
        case .builtIn: name
        case .file(_, let absolute): "file-\(name)-\(LessonOrigin.digest(absolute))"
        }
    }

    /// The command that starts or resumes it: `learn functions`, `learn ./greetings.lesson`.
    var command: String {
        switch origin {
        case .builtIn: "learn \(name)"
        case .file(let shown, _): "learn \(shown)"
        }
    }
}

/// Where a lesson came from.
enum LessonOrigin: Sendable, Equatable {
    /// The binary's own `lessons/` folder.
    case builtIn
    /// A lesson file: the path as typed, and as an absolute path.
    case file(shown: String, absolute: String)

    /// A short, stable digest of `text` (64-bit FNV-1a, in hexadecimal).
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

/// A file a lesson provides: its path inside the lesson's folder and its text.
struct LessonFile: Sendable, Equatable {
    var path: String
    var contents: String
}

/// One step: what to read, what to do, how the sandbox shows it was done, and a hint.
struct LessonStep: Sendable, Equatable {
    /// A few words, shown in the step's heading and in `learn status`.
    var title: String
    /// The explanation.
    var text: String
    /// What the learner is asked to do.
    var task: String
    /// BuildScript run after each statement in a quiet, safe interpreter on the lesson's sandbox;
    /// the step is done when its value is true. It sees `$result` (the statement's value),
    /// `$error` (`{code, message}` of its error, or null), `$dry_run`, `$use` (the service in use,
    /// as the prompt shows it), `$requests` and `$would` (what the statement did:
    /// ``StatementRecord``), and the learner's variables.
    var check: String
    /// What a wrong attempt prints, headed `hint:`.
    var hint: String
    /// BuildScript that brings back what this step left in the learner's REPL (`let` variables,
    /// `use service`) when the lesson is resumed past it in a new session, where only the sandbox
    /// kept what was made; run quietly, its errors ignored.
    var resume: String? = nil
    /// The line of the lesson file where the step starts.
    var line: Int
}

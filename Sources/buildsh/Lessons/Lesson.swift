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
    /// as the prompt shows it), and the learner's variables.
    var check: String
    /// What a wrong attempt prints, headed `hint:`.
    var hint: String
    /// The line of the lesson file where the step starts.
    var line: Int
}

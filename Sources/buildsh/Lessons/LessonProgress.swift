import Foundation

/// How far a learner got in one lesson, kept between sessions in
/// `$XDG_STATE_HOME/buildsh/lessons/KEY.json` (``Lesson/storageKey``: a built-in lesson's name).
struct LessonProgress: Codable, Equatable {
    /// The step being worked on (0-based); the step count when the lesson is finished.
    var step = 0
    /// The steps whose check passed.
    var done: Set<Int> = []
    /// The steps passed over with `learn next`.
    var skipped: Set<Int> = []

    /// Whether every step was passed or skipped.
    func isFinished(_ lesson: Lesson) -> Bool { step >= lesson.steps.count }

    /// `3/6 done`, `finished (1 skipped)`, for `learn`'s list.
    func summary(_ lesson: Lesson) -> String {
        if isFinished(lesson) {
            return skipped.isEmpty ? "finished" : "finished (\(skipped.count) skipped)"
        }
        return step == 0 && done.isEmpty ? "not started" : "at step \(step + 1) of \(lesson.steps.count)"
    }
}

/// Where lessons keep their progress, sandboxes and files.
struct LessonStore {
    let directories: XDGDirectories

    /// `$XDG_STATE_HOME/buildsh/lessons`.
    var progressFolder: String { directories.state + "/lessons" }

    /// The lesson's own sandbox database.
    func sandboxPath(_ lesson: Lesson) -> String { directories.data + "/lessons/\(lesson.storageKey).sqlite" }

    /// The folder the lesson's files are written to, and its relative paths resolve against.
    func folder(_ lesson: Lesson) -> String { directories.data + "/lessons/\(lesson.storageKey)" }

    private func progressPath(_ lesson: Lesson) -> String { progressFolder + "/\(lesson.storageKey).json" }

    /// The saved progress, or a fresh start.
    func progress(of lesson: Lesson) -> LessonProgress {
        guard let data = FileManager.default.contents(atPath: progressPath(lesson)),
            let progress = try? JSONDecoder().decode(LessonProgress.self, from: data)
        else { return LessonProgress() }
        return progress
    }

    /// Saves `progress`; a failure is said once, and the lesson goes on.
    func save(_ progress: LessonProgress, of lesson: Lesson) throws {
        try FileManager.default.createDirectory(atPath: progressFolder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try encoder.encode(progress).write(to: URL(fileURLWithPath: progressPath(lesson)), options: .atomic)
    }

    /// Removes the lesson's sandbox data, for a fresh start.
    func removeSandbox(of lesson: Lesson) {
        SandboxFiles.remove(sandboxPath(lesson))
    }

    /// Writes the lesson's files into its folder (anew each time, so a learner's edit is undone by `learn restart`).
    func writeFiles(of lesson: Lesson, replacing: Bool) throws {
        let root = folder(lesson)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for file in lesson.files {
            let path = root + "/" + file.path
            if !replacing, FileManager.default.fileExists(atPath: path) { continue }
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }
}

/// A sandbox's SQLite files.
enum SandboxFiles {
    /// Removes the database at `path` with its journal files.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

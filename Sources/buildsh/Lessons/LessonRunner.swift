import BuildScript
import Foundation

/// A lesson in progress: its sandbox and folder, the step the learner is on, and the check run
/// after each statement. Progress is saved after every change.
final class LessonRunner {
    let lesson: Lesson
    private(set) var world: ShellWorld
    private(set) var progress: LessonProgress
    private var check: LessonCheck
    /// What the learner's last statement did, for the check.
    private let record: StatementRecord
    private let store: LessonStore
    private let output: TerminalOutput
    private var saveWarningShown = false

    private init(
        lesson: Lesson, world: ShellWorld, record: StatementRecord, progress: LessonProgress, store: LessonStore, output: TerminalOutput
    ) {
        self.lesson = lesson
        self.record = record
        self.world = world
        self.progress = progress
        self.store = store
        self.output = output
        check = LessonCheck(client: world.backend.client)
    }

    /// Starts `lesson` where the learner left it (afresh when never started or finished): its
    /// files written, its own sandbox, its setup run on a fresh one.
    static func start(_ lesson: Lesson, workspace: ReplWorkspace) async -> LessonRunner? {
        let store = LessonStore(directories: workspace.directories)
        var progress = store.progress(of: lesson)
        let fresh = progress.isFinished(lesson) || progress == LessonProgress()
        if fresh {
            progress = LessonProgress()
            store.removeSandbox(of: lesson)
        }
        do {
            try store.writeFiles(of: lesson, replacing: fresh)
        } catch {
            workspace.output.standardError("error: cannot write the lesson's files in \(workspace.directories.abbreviated(store.folder(lesson))): \(error.localizedDescription)\n")
            return nil
        }
        let record = StatementRecord()
        let world = makeWorld(lesson, store: store, workspace: workspace, record: record)
        let runner = LessonRunner(lesson: lesson, world: world, record: record, progress: progress, store: store, output: workspace.output)
        if fresh, let failure = await runner.setUp() {
            workspace.output.standardError("error: lesson \(lesson.name)'s setup failed: \(failure)\n")
            await world.backend.shutdown()
            return nil
        }
        if !fresh { await runner.resume() }
        runner.save()
        return runner
    }

    private static func makeWorld(_ lesson: Lesson, store: LessonStore, workspace: ReplWorkspace, record: StatementRecord) -> ShellWorld {
        let backend = workspace.factory.sandbox(at: store.sandboxPath(lesson), reason: "lesson \(lesson.name)", record: record)
        return workspace.factory.world(
            on: backend, interactive: true, dryRun: workspace.dryRun, workingDirectory: store.folder(lesson), record: record)
    }

    private func setUp() async -> String? {
        guard let setup = lesson.setup else { return nil }
        return await check.setUp(setup)
    }

    /// In a new session the sandbox kept what the steps before made, but not the learner's
    /// variables or `use`: each such step's `resume` brings them back, unseen, in the learner's
    /// interpreter (what fails, as for a skipped step, is left unbound).
    private func resume() async {
        let blocks = lesson.steps.prefix(progress.step).compactMap(\.resume)
        let interpreter = world.interpreter
        await world.shown.hiding {
            for block in blocks { _ = await interpreter.evaluate(block, file: "<resume>") }
        }
    }

    /// A statement of the learner's starts: what it does is recorded for the check.
    func statementStarts() {
        record.begin()
    }

    /// What the prompt shows: `functions 2/6`.
    var promptMark: String { "\(lesson.name) \(min(progress.step + 1, lesson.steps.count))/\(lesson.steps.count)" }

    /// The lesson's introduction and the current step.
    func introduce(resumed: Bool) {
        var text = "lesson \(lesson.name): \(lesson.title)\n"
        if !lesson.about.isEmpty, !resumed { text += lesson.about + "\n" }
        text += "Type the commands yourself; after each one the step is checked against this lesson's own sandbox.\n"
        text += "learn hint · learn next (skip) · learn back · learn restart · learn status · learn quit\n"
        if resumed { text += "(resumed at step \(progress.step + 1) of \(lesson.steps.count))\n" }
        output.standardOutput(text)
        showStep()
    }

    /// The current step's heading, explanation and task.
    func showStep() {
        guard progress.step < lesson.steps.count else { return }
        let step = lesson.steps[progress.step]
        var text = "\nstep \(progress.step + 1) of \(lesson.steps.count): \(step.title)\n"
        if !step.text.isEmpty { text += step.text + "\n" }
        text += "task: \(step.task)\n"
        output.standardOutput(text)
    }

    /// After a statement: checks the step; on success moves on (true when the lesson is finished),
    /// else prints the hint.
    func checkStep(after outcome: Outcome) async -> Bool {
        guard progress.step < lesson.steps.count else { return true }
        let step = lesson.steps[progress.step]
        if await check.passes(step, after: outcome, in: world, record: record) {
            output.standardOutput("✓ step \(progress.step + 1) done: \(step.title)\n")
            progress.done.insert(progress.step)
            progress.skipped.remove(progress.step)
            return advance()
        }
        printHint()
        return false
    }

    /// `learn hint`.
    func printHint() {
        guard progress.step < lesson.steps.count else { return }
        output.standardOutput("hint: \(lesson.steps[progress.step].hint)\n")
    }

    /// `learn next`: skips the step (marked skipped); true when that finished the lesson.
    func skip() -> Bool {
        guard progress.step < lesson.steps.count else { return true }
        output.standardOutput("skipped step \(progress.step + 1): \(lesson.steps[progress.step].title)\n")
        if !progress.done.contains(progress.step) { progress.skipped.insert(progress.step) }
        return advance()
    }

    /// `learn back`: the step before.
    func back() {
        if progress.step == 0 {
            output.standardOutput("this is the first step\n")
        } else {
            progress.step -= 1
            save()
        }
        showStep()
    }

    /// `learn restart`: a fresh sandbox, the files as the lesson wrote them, step 1.
    func restart(workspace: ReplWorkspace) async {
        await world.backend.shutdown()
        store.removeSandbox(of: lesson)
        try? store.writeFiles(of: lesson, replacing: true)
        world = Self.makeWorld(lesson, store: store, workspace: workspace, record: record)
        check = LessonCheck(client: world.backend.client)
        progress = LessonProgress()
        if let failure = await setUp() { output.standardError("error: lesson \(lesson.name)'s setup failed: \(failure)\n") }
        save()
        output.standardOutput("lesson \(lesson.name) restarted: a fresh sandbox, step 1\n")
        showStep()
    }

    /// `learn status`: the lesson, the step by number, what was done and skipped.
    func status() -> String {
        let step = progress.step < lesson.steps.count
            ? "step \(progress.step + 1) of \(lesson.steps.count): \(lesson.steps[progress.step].title)" : "finished"
        let skipped = progress.skipped.sorted().map { String($0 + 1) }
        return "lesson \(lesson.name): \(step) · \(progress.done.count) done"
            + (skipped.isEmpty ? "" : " · skipped: step \(skipped.joined(separator: ", "))")
    }

    /// The end of the lesson.
    func finish() {
        let skipped = progress.skipped.count
        output.standardOutput("\nlesson \(lesson.name) finished: \(progress.done.count) of \(lesson.steps.count) steps done"
            + (skipped == 0 ? "" : ", \(skipped) skipped") + ". Back in your own sandbox; `learn` lists the lessons.\n")
    }

    private func advance() -> Bool {
        progress.step += 1
        save()
        if progress.step >= lesson.steps.count { return true }
        showStep()
        return false
    }

    private func save() {
        do {
            try store.save(progress, of: lesson)
        } catch {
            if !saveWarningShown {
                saveWarningShown = true
                output.standardError("buildsh: cannot save lesson progress in \(store.directories.abbreviated(store.progressFolder)) (kept for this session only)\n")
            }
        }
    }
}

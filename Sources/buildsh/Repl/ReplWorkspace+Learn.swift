import BuildScript

extension ReplWorkspace {
    /// Runs a `learn` line.
    func learn(_ command: LearnCommand) async {
        switch command {
        case .list:
            let store = LessonStore(directories: directories)
            let width = (LessonCatalog.builtIn.map(\.name.count).max() ?? 0) + 2
            var text = LessonCatalog.builtIn.map { lesson in
                lesson.name.padding(toLength: width, withPad: " ", startingAt: 0) + lesson.title
                    + "  (\(store.progress(of: lesson).summary(lesson)))"
            }.joined(separator: "\n")
            text += "\nlearn NAME starts one (or resumes it); learn FILE runs a lesson file; learn check FILE checks one.\n"
            output.standardOutput(text)
        case .start(let name):
            guard let lesson = LessonCatalog.named(name) else {
                let names = LessonCatalog.builtIn.map(\.name)
                let suggestion = Suggestions.closest(to: name, in: names).map { " (did you mean '\($0)'?)" } ?? ""
                output.standardError("error: no lesson '\(name)'\(suggestion); `learn` lists them\n")
                return
            }
            await begin(lesson)
        case .startFile(let path):
            switch LessonCatalog.read(path, base: learnerDirectory, directories: directories) {
            case .success(let lesson): await begin(lesson)
            case .failure(let error): output.standardError(error.lines.joined(separator: "\n") + "\n")
            }
        case .check(let path):
            guard !path.isEmpty else {
                output.standardError("error: learn check needs a lesson file: learn check FILE\n")
                return
            }
            switch LessonCatalog.read(path, base: learnerDirectory, directories: directories) {
            case .success(let lesson):
                output.standardOutput("\(path): ok: lesson \(lesson.name), \(lesson.steps.count) step\(lesson.steps.count == 1 ? "" : "s")\n")
            case .failure(let error):
                output.standardError(error.lines.joined(separator: "\n") + "\n")
            }
        case .status:
            output.standardOutput((lesson?.status() ?? "no lesson in progress; `learn` lists them") + "\n")
        case .hint, .next, .back, .restart, .quit:
            guard let lesson else {
                output.standardError("error: no lesson in progress; `learn NAME` starts one (`learn` lists them)\n")
                return
            }
            switch command {
            case .hint: lesson.printHint()
            case .next: if lesson.skip() { await end() }
            case .back: lesson.back()
            case .restart:
                await lesson.restart(workspace: self)
                enter(lesson.world)
            default:
                output.standardOutput("left lesson \(lesson.lesson.name) at step \(min(lesson.progress.step + 1, lesson.lesson.steps.count)) of \(lesson.lesson.steps.count); `\(lesson.lesson.command)` resumes it\n")
                await end()
            }
        }
    }

    /// After a statement ran in a lesson: the step's check (a statement that only asks for help is
    /// not an attempt).
    func checkLesson(after source: String) async {
        guard let lesson, !evaluator.asksOnlyForHelp(source), let outcome = evaluator.lastOutcome else { return }
        if await lesson.checkStep(after: outcome) {
            lesson.finish()
            await end()
        }
    }

    private func begin(_ lesson: Lesson) async {
        if self.lesson != nil { await end() }
        let resumed = LessonStore(directories: directories).progress(of: lesson) != LessonProgress()
            && !LessonStore(directories: directories).progress(of: lesson).isFinished(lesson)
        guard let runner = await LessonRunner.start(lesson, workspace: self) else { return }
        self.lesson = runner
        enter(runner.world)
        runner.introduce(resumed: resumed)
    }

    /// Leaves the lesson: back to the learner's own world.
    private func end() async {
        guard let lesson else { return }
        self.lesson = nil
        enterHome()
        await lesson.world.backend.shutdown()
    }
}

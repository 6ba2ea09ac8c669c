import Synchronization

/// The step a running deploy is at, shown on one live line on a terminal.
final class DeployProgress: Sendable {
    /// A step of the deploy.
    enum Step: Sendable, Equatable {
        case preparing
        case uploading(done: Int, total: Int)
        case building(build: String)
        case deploying(build: String, environment: String)
    }

    private let step = Mutex(Step.preparing)

    /// The current step.
    var current: Step { step.withLock { $0 } }

    /// Moves to `next`.
    func set(_ next: Step) { step.withLock { $0 = next } }

    /// Counts one more finished upload.
    func uploadFinished() {
        step.withLock { step in
            if case .uploading(let done, let total) = step { step = .uploading(done: done + 1, total: total) }
        }
    }
}

extension ProgressText {
    /// A deploy's line: `⠋ uploading 2/5 · 0.4s`, `⠋ building ZB… · 3.1s`, `⠋ deploying ZB… to dev · 4.0s`.
    static func deploy(_ step: DeployProgress.Step, elapsed seconds: Double, tick: Int) -> String {
        let what: String
        switch step {
        case .preparing: what = "preparing"
        case .uploading(let done, let total): what = "uploading \(done)/\(total)"
        case .building(let build): what = "building \(build)"
        case .deploying(let build, let environment): what = "deploying \(build) to \(environment)"
        }
        return "\(spinnerFrame(tick)) \(what) · \(elapsed(seconds))"
    }
}

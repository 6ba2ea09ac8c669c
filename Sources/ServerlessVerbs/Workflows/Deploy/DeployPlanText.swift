/// The plan as `deploy` prints it before it changes anything (and `--dry-run` prints alone):
///
/// ```
/// deploy plan: service hello-project (new), environment dev-environment (new, domain suffix dev), runtime node22
///   + function  /hello               public     new
///   ~ function  /api/data            protected  changed
///   = asset     /style.css           public     reused
///   - function  /old                            removed (not in the new build; the function is kept)
///   dependencies: twilio ^5.3.0
///   variables (.env): 1 new, 1 changed, 0 unchanged
///   build: new — 2 to upload, 1 reused
/// ```
enum DeployPlanText {
    /// The lines of the plan, without trailing newline.
    static func render(_ plan: DeployPlan) -> String {
        var lines: [String] = []
        let service = plan.settings.serviceName + (plan.service == nil ? " (new)" : "")
        let environment = environmentText(plan)
        lines.append("deploy plan: service \(service), environment \(environment), runtime \(plan.settings.runtime)")
        let width = max(12, (plan.items.map(\.file.path.count) + plan.removals.map(\.path.count)).max() ?? 0)
        for item in plan.items {
            let mark = item.change == .new ? "+" : item.change == .changed ? "~" : "="
            lines.append("  \(mark) \(pad(item.file.kind.rawValue, 9)) \(pad(item.file.path, width)) \(pad(item.file.visibility, 10)) \(item.change.rawValue)")
        }
        for removal in plan.removals {
            lines.append("  - \(pad(removal.kind.rawValue, 9)) \(pad(removal.path, width)) \(pad("", 10)) removed "
                + "(not in the new build; the \(removal.kind.rawValue) is kept)")
        }
        let dependencies = plan.project.dependencies.map { "\($0.name) \($0.version)" }
        lines.append("  dependencies: " + (dependencies.isEmpty ? "none" : dependencies.joined(separator: ", ")))
        if let file = plan.project.envFile {
            let count = { (change: DeployPlan.Change) in plan.variables.filter { $0.change == change }.count }
            lines.append("  variables (\(file)): \(count(.new)) new, \(count(.changed)) changed, \(count(.reused)) unchanged")
        }
        switch plan.build {
        case .upToDate(let build):
            lines.append("  build: none — up to date: \(plan.environment?.displayName ?? plan.settings.environmentName) already runs \(build) with this content")
        case .reuse(let build):
            lines.append("  build: none — \(build) of an earlier deploy has this content; it is deployed again")
        case .awaitEarlier(let build):
            lines.append("  build: none — \(build) of an earlier, stopped deploy has this content and is still building; "
                + "it is awaited and deployed")
        case .create:
            lines.append("  build: new — \(plan.uploads.count) to upload, \(plan.reusedCount) reused")
        }
        return lines.joined(separator: "\n")
    }

    /// `dev-environment (domain suffix dev)`, `dev-environment (new, domain suffix dev)`,
    /// `production (new, no domain suffix)`.
    static func environmentText(_ plan: DeployPlan) -> String {
        if let existing = plan.environment {
            let suffix = existing.domainSuffix.flatMap { $0.isEmpty || $0 == existing.uniqueName ? nil : $0 }
            return existing.displayName + (suffix.map { " (domain suffix \($0))" } ?? "")
        }
        guard let naming = plan.newEnvironment else { return plan.settings.environmentName + " (new)" }
        return naming.uniqueName + " (new, " + (naming.domainSuffix.map { "domain suffix \($0)" } ?? "no domain suffix") + ")"
    }

    /// `text` padded with spaces to `width` characters (the plan's and the summary's columns).
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

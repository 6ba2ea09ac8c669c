import ServerlessClient

/// The plan, question and summary `cleanup` prints (on stderr, so stdout keeps the result).
enum CleanupText {
    /// The plan: one line per service and a total.
    static func plan(_ plans: [CleanupPlan], keep: Int, prune: Bool) -> String {
        var lines = [
            keep > 0
                ? "cleanup plan: keep the \(keep) newest builds of each service (and any created in the same second as the \(ordinal(keep)) newest), and every build an environment runs"
                : "cleanup plan: keep only the builds an environment runs (keep=0)"
        ]
        for plan in plans {
            var line = "  \(plan.service.displayName): \(WorkflowText.count(plan.builds.count, "build"))"
            var kept: [String] = []
            if !plan.newest.isEmpty { kept.append("\(plan.newest.count) newest") }
            if !plan.live.isEmpty { kept.append("\(plan.live.count) live") }
            if !plan.building.isEmpty { kept.append("\(plan.building.count) building") }
            if !kept.isEmpty { line += " · kept: " + kept.joined(separator: ", ") }
            line += " · delete: " + deletions(plan)
            lines.append(line)
        }
        let touched = plans.filter { !$0.isEmpty }.count
        lines.append(
            "total: \(totals(plans)) to delete"
                + (plans.count > 1 ? " in \(touched) of \(plans.count) services" : "")
                + (prune ? "" : " (functions and assets are kept; prune=true also deletes those no remaining build uses)"))
        return lines.joined(separator: "\n")
    }

    /// `Delete 3 builds and 2 functions in service demo?`
    static func question(_ plans: [CleanupPlan]) -> String {
        let touched = plans.filter { !$0.isEmpty }
        let place = touched.count == 1 ? "service \(touched[0].service.displayName)" : WorkflowText.count(touched.count, "service")
        return "Delete \(totals(plans)) in \(place)?"
    }

    /// `3 builds, 2 functions and 1 asset` over all plans.
    static func totals(_ plans: [CleanupPlan]) -> String {
        WorkflowText.counts([
            (plans.reduce(0) { $0 + $1.doomed.count }, "build"),
            (plans.reduce(0) { $0 + $1.functions.count }, "function"),
            (plans.reduce(0) { $0 + $1.assets.count }, "asset"),
        ])
    }

    /// What one plan deletes.
    static func deletions(_ plan: CleanupPlan) -> String {
        WorkflowText.counts([(plan.doomed.count, "build"), (plan.functions.count, "function"), (plan.assets.count, "asset")])
    }

    /// `1st`, `2nd`, `3rd`, `5th`, `11th`, `22nd`.
    static func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}

extension CleanupText {
    /// `cleanup: deleted 3 builds and 1 function · 1 failed · 0.4s`.
    static func summary(deleted: [DeletionItem], failed: Int, seconds: Double) -> String {
        let kinds: [ResourceKind] = [.build, .function, .asset]
        let done = WorkflowText.counts(kinds.map { kind in (deleted.filter { $0.kind == kind }.count, kind.rawValue) })
        return "cleanup: deleted \(done) · \(failed) failed · \(ProgressText.elapsed(seconds))"
    }
}

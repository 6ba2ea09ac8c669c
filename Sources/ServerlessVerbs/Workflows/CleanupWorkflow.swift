import BuildScript
import ServerlessClient

extension VerbSession {
    /// `cleanup [service=…] [keep=5] [prune=true]`: reads every service concerned, prints the
    /// plan, asks once, deletes the builds (then, with `prune=true`, the functions and assets no
    /// remaining build references) and returns one summary record per service. A dry run prints
    /// the plan and what it would delete, and returns nothing.
    func cleanup(_ arguments: Arguments, _ call: CallContext) async throws -> Value {
        let keep = arguments[CleanupVerb.keep]
        guard keep >= 0 else {
            throw ServerlessVerbError.invalidValue(name: "keep", expected: "a whole number, 0 or more", got: "\(keep)")
        }
        let prune = arguments[CleanupVerb.prune]
        let client = executor.client
        let services: [Service]
        if let one = try await workflowService(arguments[CleanupVerb.service]) {
            services = [one]
        } else {
            services = try await client.listServices(pageSize: 1000).collect()
        }
        var plans: [CleanupPlan] = []
        var components: [String: (functions: [Function], assets: [Asset])] = [:]
        let reading = ReadingProgress(total: services.count, writer: options.progressWriter)
        for service in services {
            let read = try await readCleanup(service, keep: keep, prune: prune)
            plans.append(read.plan)
            components[service.sid] = read.components
            reading.advance()
        }
        reading.finish()
        note(CleanupText.plan(plans, keep: keep, prune: prune))
        guard plans.contains(where: { !$0.isEmpty }) else {
            note("nothing to delete")
            return .list(plans.map { Self.cleanupRecord($0, deleted: []) })
        }
        if call.isDryRun {
            for plan in plans {
                for (noun, sids) in [("build", plan.doomed.map(\.sid)), ("function", plan.functions.map(\.sid)), ("asset", plan.assets.map(\.sid))] {
                    for sid in sids { note("dry run: would delete \(noun) \(sid) in service \(plan.service.displayName)") }
                }
            }
            return .null
        }
        try await requireConfirmation(CleanupText.question(plans))
        let started = ContinuousClock.now
        let deletion = BulkDeletion(progress: options.progressWriter)
        let builds = await deletion.run(plans.flatMap { buildDeletions($0) }, label: "builds")
        var pruned = BulkDeletion.Outcome()
        if prune, !Task.isCancelled {
            let gone = Set(builds.deleted.map(\.sid))
            let items = plans.flatMap { plan -> [DeletionItem] in
                let found = components[plan.service.sid] ?? ([], [])
                let unused = CleanupPlan.unreferenced(
                    functions: found.functions, assets: found.assets, remaining: plan.remaining(after: gone))
                return componentDeletions(plan.service, functions: unused.functions, assets: unused.assets)
            }
            pruned = await deletion.run(items, label: "functions and assets")
        }
        let failures = builds.failures + pruned.failures
        let done = builds.deleted + pruned.deleted
        note(CleanupText.summary(deleted: done, failed: failures.count, seconds: Self.seconds(since: started)))
        try Task.checkCancellation()
        if !failures.isEmpty {
            throw BulkDeletion.error(failures: failures, attempted: done.count + failures.count)
        }
        return .list(plans.map { plan in Self.cleanupRecord(plan, deleted: done.filter { $0.serviceSid == plan.service.sid }) })
    }

    /// Reads one service's builds and environments (and, for pruning, its functions and assets)
    /// and plans its cleanup.
    private func readCleanup(_ service: Service, keep: Int, prune: Bool) async throws
        -> (plan: CleanupPlan, components: (functions: [Function], assets: [Asset]))
    {
        let client = executor.client
        let builds = try await client.listBuilds(service: service.sid, pageSize: 1000).collect()
        let environments = try await client.listEnvironments(service: service.sid, pageSize: 1000).collect()
        var plan = CleanupPlan(
            service: service, builds: builds, liveBuilds: Set(environments.compactMap(\.buildSid)), keep: keep)
        guard prune else { return (plan, ([], [])) }
        let functions = try await client.listFunctions(service: service.sid, pageSize: 1000).collect()
        let assets = try await client.listAssets(service: service.sid, pageSize: 1000).collect()
        let unused = CleanupPlan.unreferenced(
            functions: functions, assets: assets, remaining: plan.remaining(after: Set(plan.doomed.map(\.sid))))
        plan.functions = unused.functions
        plan.assets = unused.assets
        return (plan, (functions, assets))
    }

    /// The deletions of a plan's builds.
    private func buildDeletions(_ plan: CleanupPlan) -> [DeletionItem] {
        let client = executor.client
        let service = plan.service
        return plan.doomed.map { build in
            DeletionItem(kind: .build, sid: build.sid, service: service.displayName, serviceSid: service.sid) {
                try await client.deleteBuild(service: service.sid, build: build.sid)
            }
        }
    }

    /// The deletions of functions and assets of a service.
    private func componentDeletions(_ service: Service, functions: [Function], assets: [Asset]) -> [DeletionItem] {
        let client = executor.client
        let name = service.displayName
        return functions.map { function in
            DeletionItem(kind: .function, sid: function.sid, service: name, serviceSid: service.sid) {
                try await client.deleteFunction(service: service.sid, function: function.sid)
            }
        } + assets.map { asset in
            DeletionItem(kind: .asset, sid: asset.sid, service: name, serviceSid: service.sid) {
                try await client.deleteAsset(service: service.sid, asset: asset.sid)
            }
        }
    }

    /// The result record of one service.
    private static func cleanupRecord(_ plan: CleanupPlan, deleted: [DeletionItem]) -> Value {
        func count(_ kind: ResourceKind) -> Int { deleted.filter { $0.kind == kind }.count }
        return [
            "service": .string(plan.service.displayName),
            "service_sid": .string(plan.service.sid),
            "builds": .number(Double(plan.builds.count)),
            "kept": .number(Double(plan.builds.count - count(.build))),
            "deleted_builds": .number(Double(count(.build))),
            "deleted_functions": .number(Double(count(.function))),
            "deleted_assets": .number(Double(count(.asset))),
        ]
    }

    /// Seconds since `start`, for summaries.
    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

import BuildScript
import ServerlessClient

extension VerbSession {
    /// `remove service NAME`: counts what the service holds, prints it, asks once, and deletes the
    /// service with everything in it (one `DELETE`: Twilio removes its environments, builds,
    /// functions, assets and variables with it). Returns a record of what was removed; a dry run
    /// prints what it would remove and returns nothing.
    func removeService(_ named: Value, _ call: CallContext) async throws -> Value {
        guard named != .null else {
            throw ServerlessVerbError.missingResource(.service, usage: "remove service NAME")
        }
        let service = try await requiredWorkflowService(named, command: "remove service")
        let client = executor.client
        let reading = ReadingProgress(total: 4, writer: options.progressWriter, label: "reading \(service.displayName)")
        let environments = try await client.listEnvironments(service: service.sid, pageSize: 1000).collect()
        reading.advance()
        let builds = try await client.listBuilds(service: service.sid, pageSize: 1000).collect()
        reading.advance()
        let functions = try await client.listFunctions(service: service.sid, pageSize: 1000).collect()
        reading.advance()
        let assets = try await client.listAssets(service: service.sid, pageSize: 1000).collect()
        reading.finish()
        let contents = WorkflowText.counts([
            (environments.count, "environment"), (builds.count, "build"), (functions.count, "function"), (assets.count, "asset"),
        ])
        let live = environments.filter { $0.buildSid != nil }.map(\.displayName)
        var plan = "remove service \(service.displayName) (\(service.sid)): \(contents)"
        if !live.isEmpty {
            plan += " · live in \(WorkflowText.sentence(live)) (\(live.count == 1 ? "its URL stops" : "their URLs stop") answering)"
        }
        note(plan)
        if call.isDryRun {
            note("dry run: would remove service \(service.displayName) (\(service.sid)) and everything in it")
            return .null
        }
        try await requireConfirmation("Remove service \(service.displayName) and everything in it (\(contents))?")
        let line = LiveProgressLine(write: options.progressWriter) { tick, elapsed in
            "\(ProgressText.spinnerFrame(tick)) removing service \(service.displayName) \(ProgressText.elapsed(elapsed))"
        }
        let started = ContinuousClock.now
        do {
            defer { line.finish() }
            try await client.deleteService(service: service.sid)
        }
        if context.service?.sid == service.sid { context.use(service: nil) }
        note("removed service \(service.displayName): \(contents) · \(ProgressText.elapsed(Self.seconds(since: started)))")
        return [
            "service": .string(service.displayName),
            "service_sid": .string(service.sid),
            "environments": .number(Double(environments.count)),
            "builds": .number(Double(builds.count)),
            "functions": .number(Double(functions.count)),
            "assets": .number(Double(assets.count)),
        ]
    }
}

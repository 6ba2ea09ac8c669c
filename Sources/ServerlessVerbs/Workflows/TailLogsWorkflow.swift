import BuildScript
import Foundation
import ServerlessClient

extension VerbSession {
    /// `tail logs [environment=…] [function=…] [since=5m] [for=DURATION]`: prints an environment's
    /// new log lines as they arrive, until `for=` ends or Ctrl-C. In `table` mode each line is
    /// `TIME  LEVEL  MESSAGE`; in `ndjson` and `tsv` each is a record on its own line as it comes;
    /// `json` prints one array when the tail ends. The value is null (use `list logs` for data).
    func tailLogs(_ arguments: Arguments, _ call: CallContext, interval: Duration) async throws -> Value {
        let service = try await requiredWorkflowService(arguments[TailLogsVerb.service], command: "tail logs")
        let environment = try await tailEnvironment(arguments[TailLogsVerb.environment], in: service)
        let function = try await tailFunction(arguments[TailLogsVerb.function], in: service)
        let since = arguments[TailLogsVerb.since] ?? 300
        guard since >= 0 else {
            throw ServerlessVerbError.invalidValue(name: "since", expected: "a duration of 0s or more", got: String(format: "%gs", since))
        }
        let limit = arguments[TailLogsVerb.limit]
        if let limit, limit <= 0 {
            throw ServerlessVerbError.invalidValue(name: "for", expected: "a duration above 0s", got: String(format: "%gs", limit))
        }
        try TailLogsVerb.checkDurations(arguments)
        let start = Date().addingTimeInterval(-since)
        if options.stderrIsTerminal {
            let until = limit.map { "for \(ProgressText.elapsed($0))" } ?? "until Ctrl-C"
            note("tailing logs of \(environment.displayName) in service \(service.displayName) since \(Timestamp(start)), \(until)")
        }
        let client = executor.client
        let tail = LogTail(
            start: start, interval: interval, duration: limit.map { Duration.seconds($0) }
        ) { from in
            try await client.listLogs(
                service: service.sid, environment: environment.sid, function: function, startDate: from, pageSize: 1000
            ).collect()
        }
        if outputFormat == .table {
            for try await log in tail { try await call.emit(.string(Self.logLine(log))) }
        } else {
            try await call.emit(.stream(ValueStream {
                var iterator = tail.makeAsyncIterator()
                return ValueIterator {
                    guard let log = try await iterator.next() else { return nil }
                    return try RecordEncoder.encode(log)
                }
            }))
        }
        return .null
    }

    /// `2026-11-30T05:20:01Z  info   Function /hello deployed`.
    static func logLine(_ log: Log) -> String {
        let level = log.level ?? "-"
        let padded = level.count < 5 ? level + String(repeating: " ", count: 5 - level.count) : level
        return "\(log.dateCreated?.text ?? "-")  \(padded)  \(log.message ?? "")"
    }

    /// The environment `environment=` names, else the one in `use` (when in this service).
    private func tailEnvironment(_ value: Value?, in service: Service) async throws -> Environment {
        var chosen = value.flatMap { $0 == .null ? nil : $0 }
        if chosen == nil, let current = context.environment, context.service?.sid == service.sid {
            chosen = .string(current.sid)
        }
        guard let chosen else {
            throw ServerlessVerbError.missingScope(command: "tail logs", scope: .environment)
        }
        guard let environment = try await workflowEnvironment(chosen, in: service) else {
            throw ServerlessVerbError.nameNotFound(.environment, name: Self.spelled(chosen), service: service.displayName)
        }
        return environment
    }

    /// The function SID `function=` names: a SID, a record, or a function's friendly name.
    private func tailFunction(_ value: Value?, in service: Service) async throws -> String? {
        guard let value, value != .null else { return nil }
        let reference = try ResourceReference(value, kind: .function)
        if ResourceReference.isSID(reference.identifier) { return reference.identifier }
        let client = executor.client
        let functions = try await client.listFunctions(service: service.sid, pageSize: 1000).collect()
        guard let found = functions.first(where: { $0.friendlyName == reference.identifier }) else {
            throw ServerlessVerbError.nameNotFound(.function, name: reference.identifier, service: service.displayName)
        }
        return found.sid
    }
}

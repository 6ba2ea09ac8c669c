import BuildScript
import ServerlessClient

extension VerbSession {
    /// Runs one resource verb: binds the arguments, honours dry run for changes, calls the API.
    func run(_ action: NounAction, _ noun: ResourceNoun, _ arguments: Arguments, _ call: CallContext) async throws
        -> Value
    {
        do {
            let bound = try await binder.bind(action, noun, arguments)
            if action.isMutating, call.isDryRun || options.dryRun {
                note("dry run: would \(bound.summary)")
                return action == .delete ? .null : DryRunRecord.record(for: bound)
            }
            if action == .list {
                return .stream(stream(try executor.list(bound)))
            }
            let result = try await executor.perform(bound)
            context.seen.remember(resource: result)
            if action == .delete { forgetIfCurrent(bound) }
            return result
        } catch let error as ServerlessVerbError {
            throw error.scriptError
        }
    }

    /// A script stream over a lazy listing; every record passing by is remembered for completion.
    func stream(_ records: RecordStream) -> ValueStream {
        let seen = context.seen
        return ValueStream {
            var iterator = records.makeAsyncIterator()
            return ValueIterator {
                do {
                    guard let record = try await iterator.next() else { return nil }
                    seen.remember(resource: record)
                    return record
                } catch let error as ServerlessVerbError {
                    throw error.scriptError
                }
            }
        }
    }

    /// After deleting the service or environment in use, `use` no longer points at it.
    private func forgetIfCurrent(_ call: ResourceCall) {
        let target = call.target
        if call.noun.kind == .service, let service = context.service,
           target == service.sid || target == service.uniqueName
        {
            context.use(service: nil)
        }
        if call.noun.kind == .environment, let environment = context.environment, target == environment.sid {
            context.use(environment: nil)
        }
    }
}

extension ServerlessVerbError {
    /// The language's error for this failure. A Twilio error keeps its message as Twilio wrote it
    /// and its code (`$e.message`, `$e.code` in `catch`; diagnostics show "error 20001:"), with
    /// the HTTP status, request and documentation link in `$e.details`. Failed builds give
    /// `$e.details.builds`, a `{build, service, reason}` each.
    var scriptError: BuildScript.VerbError {
        if case .buildsFailed(let failures, _) = self {
            return BuildScript.VerbError(description, details: ["builds": .list(failures.map(\.details))])
        }
        guard case .api(.api(let failure)) = self else { return BuildScript.VerbError(description) }
        var message = failure.message
        if let detail = failure.detail, !detail.isEmpty, detail != failure.message { message += " — \(detail)" }
        let details: Value = [
            "status": .number(Double(failure.status)),
            "method": .string(failure.request.method),
            "path": .string(failure.request.path),
            "more_info": failure.moreInfo.map(Value.string) ?? .null,
        ]
        return BuildScript.VerbError(message, code: failure.code ?? failure.status, details: details)
    }
}

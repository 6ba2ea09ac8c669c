import BuildScript
import ServerlessClient

extension VerbSession {
    /// Runs one resource verb: binds the arguments, honours dry run for changes, calls the API.
    func run(_ action: NounAction, _ noun: ResourceNoun, _ arguments: Arguments, _ call: CallContext) async throws
        -> Value
    {
        let bound = try await resolver.resolve(action, noun, arguments)
        if action.isMutating, call.isDryRun {
            note("dry run: would \(bound.summary)")
            return action == .delete ? .null : DryRunRecord.record(for: bound)
        }
        if action == .list {
            return .stream(stream(try executor.list(bound)))
        }
        // A service or environment deleted takes what is inside it along.
        let changed: ResourceKind? = action == .delete && (noun.kind == .service || noun.kind == .environment) ? nil : noun.kind
        let result = try await action.isMutating ? changing(changed) { try await executor.perform(bound) } : executor.perform(bound)
        context.seen.remember(resource: result)
        options.presenter.remember(resource: result)
        if action == .delete { forgetIfCurrent(bound) }
        return result
    }

    /// Runs `body`, which changes resources of `kind` (any kind when `nil`) on the account, then
    /// drops the Tab listings it made stale, whether it succeeded or not (a failed write may have
    /// been carried out).
    func changing<T>(_ kind: ResourceKind?, _ body: () async throws -> T) async throws -> T {
        defer { completions.invalidate(kind) }
        return try await body()
    }

    /// A script stream over a lazy listing; every record passing by is remembered for completion
    /// (and a variable's value, for presenter mode to hide).
    func stream(_ records: RecordStream) -> ValueStream {
        let seen = context.seen
        let presenter = options.presenter
        return ValueStream {
            var iterator = records.makeAsyncIterator()
            return ValueIterator {
                guard let record = try await iterator.next() else { return nil }
                seen.remember(resource: record)
                presenter.remember(resource: record)
                return record
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

import Foundation
import OrderedCollections

extension Machine {
    /// How one parallel loop body ended.
    private enum BodyOutcome: Sendable {
        case finished
        case failed(RuntimeError)
        case stopLoop
        case exit(Int)
        case cancelled
    }

    /// Runs `foreach ... parallel N`: at most `width` bodies at once, each in its own scope. Output is
    /// flushed in input order; failed items are collected while the others continue, and reported
    /// together (as one error listing them) when the loop ends. `break` stops launching new items.
    /// When the loop is cancelled, the bodies still running end without an answer: the summary
    /// lists them as "outcome unknown", so it brackets what the loop did.
    func runParallel(
        variable: Symbol, cursor: ItemCursor, width: Int, body: Block, _ range: SourceRange, _ frame: Frame
    ) async throws(Unwind) {
        var cursor = cursor
        let id = nextProgressID()
        let started = Date()
        await host.progress(.started(id: id, total: cursor.count, range: range))
        var failures: [(item: ProgressItem, error: RuntimeError)] = []
        var outcomeUnknown: [ProgressItem] = []
        var succeeded = 0
        var launched = 0
        var sourceError: Unwind?
        var exitCode: Int?
        var cancelled = false
        var buffers: [Int: OutputBuffer] = [:]
        var items: [Int: Value] = [:]
        var done: Set<Int> = []
        var nextToFlush = 0

        func progressItem(_ index: Int) -> ProgressItem {
            let item = items[index] ?? .null
            return ProgressItem(index: index, item: item, label: Machine.label(for: item))
        }

        await withTaskGroup(of: (Int, BodyOutcome).self) { group in
            var stop = false
            func launchNext() async {
                guard !stop, !Task.isCancelled else { return }
                do throws(Unwind) {
                    guard let item = try await next(&cursor, range, frame) else {
                        stop = true
                        return
                    }
                    let index = launched
                    launched += 1
                    let buffer = OutputBuffer()
                    buffers[index] = buffer
                    items[index] = item
                    let scope = Scope(parent: frame.scope, writesStayLocal: true)
                    scope.define(variable, item)
                    let bodyFrame = Frame(machine: self, scope: scope, calls: frame.calls, output: buffer)
                    bodyFrame.confirmed = true
                    bodyFrame.sourceDepth = frame.sourceDepth
                    group.addTask {
                        (index, await self.runParallelBody(body, bodyFrame))
                    }
                } catch {
                    sourceError = error
                    stop = true
                }
            }
            for _ in 0..<width { await launchNext() }
            while let (index, outcome) = await group.next() {
                done.insert(index)
                switch outcome {
                case .finished:
                    succeeded += 1
                    await host.progress(.itemFinished(id: id, index: index))
                case .failed(let error):
                    failures.append((progressItem(index), error))
                    await host.progress(.itemFailed(id: id, index: index, error: error))
                case .stopLoop:
                    succeeded += 1
                    stop = true
                    await host.progress(.itemFinished(id: id, index: index))
                case .exit(let code):
                    exitCode = exitCode ?? code
                    stop = true
                case .cancelled:
                    // Started, and stopped before it answered: what it did is unknown.
                    outcomeUnknown.append(progressItem(index))
                    cancelled = true
                    stop = true
                }
                while done.contains(nextToFlush) {
                    for (value, valueRange) in buffers[nextToFlush]?.drain() ?? [] {
                        do throws(Unwind) {
                            try await frame.emit(value, valueRange)
                        } catch {
                            sourceError = sourceError ?? error
                            stop = true
                        }
                    }
                    buffers[nextToFlush] = nil
                    items[nextToFlush] = nil
                    nextToFlush += 1
                }
                await launchNext()
            }
        }
        let skipped = cursor.count.map { max(0, $0 - launched) } ?? 0
        let summary = ProgressSummary(
            succeeded: succeeded, failed: failures.count, skipped: skipped, seconds: Date().timeIntervalSince(started),
            outcomeUnknown: outcomeUnknown.sorted { $0.index < $1.index })
        await host.progress(.finished(id: id, summary: summary))
        if let exitCode { throw .exit(exitCode) }
        if cancelled || Task.isCancelled { throw .cancelled }
        if let sourceError { throw sourceError }
        if !failures.isEmpty { throw failureReport(failures.sorted { $0.item.index < $1.item.index }, total: launched, range, frame) }
    }

    private func runParallelBody(_ body: Block, _ frame: Frame) async -> BodyOutcome {
        do throws(Unwind) {
            return try await runLoopBody(body, frame) ? .finished : .stopLoop
        } catch {
            switch error {
            case .error(let runtime): return .failed(runtime)
            case .continueLoop, .breakLoop: return .finished  // taken by runLoopBody: never here
            case .exit(let code): return .exit(code)
            case .cancelled: return .cancelled
            case .returned:
                return .failed(RuntimeError("'return' cannot leave a parallel loop body", at: body.range, callStack: frame.callStack))
            }
        }
    }

    private func failureReport(
        _ failures: [(item: ProgressItem, error: RuntimeError)], total: Int, _ range: SourceRange, _ frame: Frame
    ) -> Unwind {
        var lines = ["\(failures.count) of \(total) items failed in parallel foreach:"]
        var details: [Value] = []
        for failure in failures {
            lines.append("  item \(failure.item.index) (\(failure.item.label)): \(failure.error.message)")
            details.append([
                "index": .number(Double(failure.item.index)), "item": failure.item.item, "message": .string(failure.error.message),
                "code": failure.error.code.map { .number(Double($0)) } ?? .null,
            ])
        }
        return .error(RuntimeError(lines.joined(separator: "\n"), at: range, details: .list(details), callStack: frame.callStack))
    }

    /// A short label for an item in reports: its `sid` or `unique_name` if a record, else its text.
    static func label(for item: Value) -> String {
        if case .record(let fields) = item {
            for key in ["sid", "unique_name", "name", "id"] {
                if case .string(let s)? = fields[key] { return s }
            }
        }
        let text = item.literalDescription
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }
}

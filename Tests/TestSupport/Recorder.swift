import Synchronization

/// Collects values from concurrent callbacks (observers, progress handlers, writers).
public final class Recorder<Value: Sendable>: Sendable {
    private let storage = Mutex<[Value]>([])

    public init() {}

    /// Adds `value`.
    public func append(_ value: Value) { storage.withLock { $0.append(value) } }
    /// Everything added so far, in order.
    public var values: [Value] { storage.withLock { $0 } }
    /// Forgets everything added.
    public func clear() { storage.withLock { $0.removeAll() } }
}

extension Recorder where Value == String {
    /// The pieces of text added so far, joined.
    public var text: String { values.joined() }
}

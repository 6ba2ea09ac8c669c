import Logging

/// The server's log handler: a message goes to the handler the logging system makes (standard error
/// unless the host bootstrapped another), but setting metadata only stores it. Hummingbird sets a
/// request id on every request's logger, and `StreamLogHandler` formats all of its metadata each time
/// one is set: a few percent of a fetch's time, although the sandbox logs only warnings and errors.
struct SandboxLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .warning
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var handler = Logger(label: label).handler
        handler.logLevel = logLevel
        handler.metadata = metadata
        if let metadataProvider { handler.metadataProvider = metadataProvider }
        handler.log(event: event)
    }
}

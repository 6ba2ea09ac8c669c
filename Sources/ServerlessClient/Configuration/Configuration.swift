import Logging

extension ServerlessClient {
    /// Everything a ``ServerlessClient`` needs: credentials, endpoints, limits, retries, observation.
    ///
    /// Its `description` shows the account and hosts but never a secret.
    public struct Configuration: Sendable, CustomStringConvertible {
        /// Who the client authenticates as.
        public var credentials: Credentials
        /// The API and upload hosts.
        public var endpoints: Endpoints
        /// The most requests in flight at once, shared by every operation of the client (default 10).
        public var maxConcurrentRequests: Int
        /// How failed requests are retried.
        public var retryPolicy: RetryPolicy
        /// The whole-exchange deadline: how long one attempt may take, from sending to the last byte
        /// of the answer, headers and body (default 2 minutes). Not retried when reached.
        public var requestTimeout: Duration
        /// The idle deadline: how long the server may send nothing while an answer is awaited or being
        /// read (default 30 seconds). Not retried when reached.
        public var idleTimeout: Duration
        /// The largest answer read (default 64 MiB, far above a page of 1,000 records). A larger one,
        /// or one whose `Content-Length` says so, is an error at once and is not retried.
        public var maximumResponseBytes: Int
        /// Sent as `User-Agent`.
        public var userAgent: String
        /// Called for every request, response, failure and scheduled retry, with credentials redacted
        /// (for a `--verbose` mode). Called on arbitrary tasks; must be quick.
        public var observer: ExchangeObserver?
        /// Receives the same events at `debug` level (nothing is logged at higher levels).
        public var logger: Logger
        /// A read-only client sends GET requests only: any other request (create, update, delete,
        /// upload) is refused with ``ServerlessError/refusedInReadOnlyMode(_:)`` before anything is
        /// sent, by the transport every request goes through (default false). What `sandbox import`
        /// and a rehearsal use against the live account.
        public var isReadOnly = false

        /// Makes a configuration; every limit has a default.
        public init(
            credentials: Credentials,
            endpoints: Endpoints = .twilio(),
            maxConcurrentRequests: Int = 10,
            retryPolicy: RetryPolicy = .standard,
            requestTimeout: Duration = .seconds(120),
            idleTimeout: Duration = .seconds(30),
            maximumResponseBytes: Int = 64 * 1024 * 1024,
            userAgent: String = "buildsh-serverless-client/0.1",
            observer: ExchangeObserver? = nil,
            logger: Logger = Logger(label: "buildsh.serverless-client")
        ) {
            self.credentials = credentials
            self.endpoints = endpoints
            self.maxConcurrentRequests = maxConcurrentRequests
            self.retryPolicy = retryPolicy
            self.requestTimeout = requestTimeout
            self.idleTimeout = idleTimeout
            self.maximumResponseBytes = maximumResponseBytes
            self.userAgent = userAgent
            self.observer = observer
            self.logger = logger
        }

        /// E.g. `AC… (auth token redacted) at api https://serverless.twilio.com, upload …`.
        public var description: String {
            "\(credentials) at \(endpoints), at most \(maxConcurrentRequests) requests in flight"
                + (isReadOnly ? ", read-only" : "")
        }
    }
}

/// Receives a description of each HTTP exchange step, with credentials redacted.
public typealias ExchangeObserver = @Sendable (ExchangeEvent) -> Void

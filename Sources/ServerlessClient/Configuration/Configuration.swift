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
        /// How long one attempt may take, from sending to the whole response (default 30 s).
        public var requestTimeout: Duration
        /// Sent as `User-Agent`.
        public var userAgent: String
        /// Called for every request, response, failure and scheduled retry, with credentials redacted
        /// (for a `--verbose` mode). Called on arbitrary tasks; must be quick.
        public var observer: ExchangeObserver?
        /// Receives the same events at `debug` level (nothing is logged at higher levels).
        public var logger: Logger

        /// Makes a configuration; every limit has a default.
        public init(
            credentials: Credentials,
            endpoints: Endpoints = .twilio(),
            maxConcurrentRequests: Int = 10,
            retryPolicy: RetryPolicy = .standard,
            requestTimeout: Duration = .seconds(30),
            userAgent: String = "buildsh-serverless-client/0.1",
            observer: ExchangeObserver? = nil,
            logger: Logger = Logger(label: "buildsh.serverless-client")
        ) {
            self.credentials = credentials
            self.endpoints = endpoints
            self.maxConcurrentRequests = maxConcurrentRequests
            self.retryPolicy = retryPolicy
            self.requestTimeout = requestTimeout
            self.userAgent = userAgent
            self.observer = observer
            self.logger = logger
        }

        /// E.g. `AC… (auth token redacted) at api https://serverless.twilio.com, upload …`.
        public var description: String {
            "\(credentials) at \(endpoints), at most \(maxConcurrentRequests) requests in flight"
        }
    }
}

/// Receives a description of each HTTP exchange step, with credentials redacted.
public typealias ExchangeObserver = @Sendable (ExchangeEvent) -> Void

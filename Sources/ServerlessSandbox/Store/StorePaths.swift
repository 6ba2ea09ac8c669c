/// The account and service a request's path names (the service by SID or unique name).
struct ServicePath: Sendable, Equatable {
    var account: String
    var service: String
}

/// The account, service and environment a nested path names (each by SID or unique name).
struct EnvironmentPath: Sendable, Equatable {
    var account: String
    var service: String
    var environment: String

    var servicePath: ServicePath { ServicePath(account: account, service: service) }
}

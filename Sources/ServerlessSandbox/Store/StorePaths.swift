/// The account and service a request's path names (the service by SID or unique name).
struct ServicePath: Sendable, Equatable {
    var account: String
    var service: String
}

/// A service's path and the environment nested in it (by SID or unique name).
struct EnvironmentPath: Sendable, Equatable {
    var servicePath: ServicePath
    var environment: String
}

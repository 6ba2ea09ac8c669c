import Hummingbird

/// Assembles the router: the request's read deadline, errors, authentication, counting and faults
/// (of the authenticated account), the per-account concurrency limit, then one family of routes
/// per file.
enum SandboxRouter {
    static func make(
        environment: RouteEnvironment, setup: AccountSetup, faults: SandboxFaults, requestLog: RequestLog,
        concurrency: AccountConcurrency, readTimeout: Duration
    ) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        router.add(middleware: RequestReadDeadline(timeout: readTimeout))
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: AuthenticationMiddleware(accounts: setup.accounts, apiKeys: setup.apiKeys, log: requestLog))
        router.add(middleware: FaultMiddleware(faults: faults, log: requestLog))
        router.add(middleware: ConcurrencyLimitMiddleware(concurrency: concurrency))
        let api = router.group("v1")
        ServiceRoutes(environment: environment).register(on: api)
        for kind in [ComponentKind.function, .asset] {
            ComponentRoutes(environment: environment, kind: kind).register(on: api)
            VersionRoutes(environment: environment, kind: kind).register(on: api)
        }
        BuildRoutes(environment: environment).register(on: api)
        EnvironmentRoutes(environment: environment).register(on: api)
        DeploymentRoutes(environment: environment).register(on: api)
        VariableRoutes(environment: environment).register(on: api)
        LogRoutes(environment: environment).register(on: api)
        ControlRoutes(faults: faults, log: requestLog).register(on: router.group("sandbox"))
        return router
    }
}

import Hummingbird

/// Assembles the router: errors, counting and faults, authentication, then one family of routes per file.
enum SandboxRouter {
    static func make(environment: RouteEnvironment, accounts: [SandboxAccount], faults: SandboxFaults, requestLog: RequestLog) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: FaultMiddleware(faults: faults, log: requestLog))
        router.add(middleware: AuthenticationMiddleware(accounts: accounts))
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

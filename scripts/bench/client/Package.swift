// swift-tools-version: 6.1
import PackageDescription

/// The client benchmark, a package of its own so normal builds never compile it.
/// Run it with `scripts/bench/client/run` from the repository root.
let package = Package(
    name: "ClientBench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "BuildShell", path: "../../..")],
    targets: [
        .executableTarget(
            name: "ClientBench",
            dependencies: [
                .product(name: "ServerlessClient", package: "BuildShell"),
                .product(name: "ServerlessSandbox", package: "BuildShell"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)

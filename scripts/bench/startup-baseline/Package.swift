// swift-tools-version: 6.1
import PackageDescription

/// The start-up benchmark's baseline: a binary linking the libraries `buildsh` links, which only
/// prints `1`. A package of its own so normal builds never compile it; `scripts/bench/startup`
/// builds and runs it.
let package = Package(
    name: "StartupBaseline",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "BuildShell", path: "../../.."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .executableTarget(
            name: "BareBinary",
            dependencies: [
                .product(name: "BuildScript", package: "BuildShell"),
                .product(name: "ServerlessClient", package: "BuildShell"),
                .product(name: "ServerlessVerbs", package: "BuildShell"),
                .product(name: "ServerlessSandbox", package: "BuildShell"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.1
import PackageDescription

/// BuildShell: a scripting REPL for Twilio Serverless build operations.
///
/// Module split follows `docs/architecture.md`: the language (`BuildScript`) and the client core
/// (`ServerlessClient`) know nothing of each other; `ServerlessVerbs` binds them; `buildsh` is one host.
/// The folder this manifest is in (the release link names a file in it by its full path).
let packageRoot = String(#filePath.dropLast("/Package.swift".count))

let package = Package(
    name: "BuildShell",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "buildsh", targets: ["buildsh"]),
        .library(name: "BuildScript", targets: ["BuildScript"]),
        .library(name: "ServerlessClient", targets: ["ServerlessClient"]),
        .library(name: "ServerlessVerbs", targets: ["ServerlessVerbs"]),
        .library(name: "ServerlessSandbox", targets: ["ServerlessSandbox"]),
        .library(name: "NpmSemver", targets: ["NpmSemver"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // The event loops and HTTP types the client and the sandbox use directly (already built for
        // AsyncHTTPClient and Hummingbird).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // SHA-256 of deployed files, the sandbox's page tokens (already built for the TLS stack).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // Graceful shutdown of the sandbox's server (already a dependency of Hummingbird).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
    ],
    targets: [
        // npm's version and range grammar: one rule for the deploy pre-check and the sandbox's builds.
        .target(name: "NpmSemver"),
        .target(
            name: "BuildScript",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .target(
            name: "ServerlessClient",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "ServerlessVerbs",
            dependencies: [
                "BuildScript", "ServerlessClient", "NpmSemver",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "LineEditor", dependencies: ["CLibEditShim"]),
        .target(name: "CLibEditShim", dependencies: ["CLibEdit"]),
        .target(
            name: "ServerlessSandbox",
            dependencies: [
                "NpmSemver",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own functions, to read a page's rows in place (GRDB's system library).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "buildsh",
            dependencies: [
                "BuildScript", "ServerlessClient", "ServerlessVerbs", "ServerlessSandbox", "LineEditor", "ICUData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Linking"],
            linkerSettings: [
                // The release binary is linked by lld with packed relative relocations (glibc 2.36's
                // DT_RELR: 20 KB of relocations instead of 3.5 MB, and 4 MB less resident at start-up),
                // without exporting its 49,000 symbols (which the runtime's dladdr walked on every start),
                // and with the functions common runs call placed together (hot-functions.order, made by
                // scripts/generate-link-order: 6 MB less code resident). See docs/benchmarks.md, F1 and F4.
                .unsafeFlags(
                    [
                        "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic",
                        "-Xlinker", "--symbol-ordering-file=\(packageRoot)/Sources/buildsh/Linking/hot-functions.order",
                        "-Xlinker", "--no-warn-symbol-ordering",
                    ],
                    .when(configuration: .release)),
            ],
            // `buildsh --version` names the commit it was built from.
            plugins: ["BuildCommit"]
        ),
        .plugin(name: "BuildCommit", capability: .buildTool()),
        // ICU's data without what buildsh never reads (scripts/generate-icu-data): 34 MB of the
        // release binary down to 5 MB. Debug builds link Foundation's shared libraries and leave it out.
        .target(
            name: "ICUData",
            exclude: ["Data"],
            cSettings: [
                .define("BUILDSH_TRIMMED_ICU_DATA", .when(configuration: .release)),
                .headerSearchPath("Data"),
            ]
        ),
        .testTarget(name: "BuildScriptTests", dependencies: ["BuildScript"], resources: [.copy("Scripts")]),
        // The embedding path through the public API only: a plain import, no @testable.
        .testTarget(name: "BuildScriptSurfaceTests", dependencies: ["BuildScript"], exclude: ["PublicSurface.txt"]),
        .testTarget(
            name: "ServerlessSandboxTests",
            dependencies: [
                "ServerlessSandbox",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // One sandbox harness and one set of fixtures for every suite that talks HTTP.
        .target(name: "TestSupport", dependencies: ["ServerlessClient", "ServerlessSandbox"], path: "Tests/TestSupport"),
        .testTarget(
            name: "ServerlessClientTests",
            dependencies: [
                "ServerlessClient", "ServerlessSandbox", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "ServerlessVerbsTests",
            dependencies: ["ServerlessVerbs", "BuildScript", "ServerlessClient", "ServerlessSandbox", "TestSupport"],
            // dotenv's own tests/.env (v6.2.0 and 17.4.2) and the values each version reads from it.
            resources: [.copy("DotEnvFixtures")]
        ),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
        // node-semver's own fixtures, carried over as JSON by scripts/import-semver-fixtures.
        .testTarget(name: "NpmSemverTests", dependencies: ["NpmSemver"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ServerlessSandbox", "ServerlessClient", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

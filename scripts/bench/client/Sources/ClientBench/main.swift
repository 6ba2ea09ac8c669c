import Foundation
import ServerlessClient
import ServerlessSandbox

/// Compares ServerlessClient with the official `twilio` Python library on the same sandbox:
/// N sequential fetches of one build, and one paged list of all builds of a service.
///
/// Arguments: `--fetches N` (default 500), `--builds M` (default 3000), `--page-size P` (default 50),
/// `--rounds R` (default 5; the best round counts, on both sides), `--python PATH` (default
/// `.venv/bin/python` of the repository).
struct BenchOptions {
    var fetches = 500
    var builds = 3000
    var pageSize = 50
    var rounds = 5
    var python = ""

    init(arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let flag = iterator.next() {
            let value = iterator.next() ?? ""
            switch flag {
            case "--fetches": fetches = Int(value) ?? fetches
            case "--builds": builds = Int(value) ?? builds
            case "--page-size": pageSize = Int(value) ?? pageSize
            case "--rounds": rounds = max(1, Int(value) ?? rounds)
            case "--python": python = value
            default: FileHandle.standardError.write(Data("ignoring unknown option \(flag)\n".utf8))
            }
        }
    }
}

struct PythonTimings: Decodable {
    var fetchSeconds: Double
    var listSeconds: Double
    var listed: Int

    enum CodingKeys: String, CodingKey {
        case fetchSeconds = "fetch_seconds"
        case listSeconds = "list_seconds"
        case listed
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func runPython(_ options: BenchOptions, script: String, baseURL: String, account: SandboxAccount,
               service: String, build: String) throws -> PythonTimings {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: options.python)
    process.arguments = [script, baseURL, account.sid, service, build, String(options.fetches), String(options.pageSize),
                         String(options.rounds)]
    process.environment = ["TWILIO_AUTH_TOKEN": account.authToken, "PATH": "/usr/bin:/bin"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ServerlessError.invalidArgument("the Python benchmark failed (status \(process.terminationStatus))")
    }
    return try JSONDecoder().decode(PythonTimings.self, from: data)
}

let options = BenchOptions(arguments: CommandLine.arguments)
let benchDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
var resolved = options
if resolved.python.isEmpty {
    resolved.python = benchDirectory.appendingPathComponent("../../../.venv/bin/python").standardized.path
}
let account = SandboxAccount(sid: "AC" + String(repeating: "be", count: 16), authToken: "bench-token-0123456789")
let server = try await SandboxServer.start(SandboxConfiguration(
    storage: .inMemory, accounts: [account], buildTime: .milliseconds(1)))
let baseURL = server.baseURL.absoluteString
var configuration = ServerlessClient.Configuration(
    credentials: .authToken(accountSid: account.sid, authToken: account.authToken),
    endpoints: Endpoints.single(baseURL) ?? .twilio())
configuration.maxConcurrentRequests = 10
let client = ServerlessClient(configuration: configuration)

print("seeding \(resolved.builds) builds on the sandbox at \(baseURL) …")
let service = try await client.createService(uniqueName: "bench", friendlyName: "Bench")
let function = try await client.createFunction(service: service.sid, friendlyName: "f")
let version = try await client.createFunctionVersion(
    service: service.sid, function: function.sid, path: "/f", visibility: .public, content: Data("x".utf8))
var lastBuild = ""
try await withThrowingTaskGroup(of: String.self) { group in
    for _ in 0..<resolved.builds {
        group.addTask { try await client.createBuild(service: service.sid, functionVersions: [version.sid]).sid }
    }
    for try await sid in group { lastBuild = sid }
}

let clock = ContinuousClock()
_ = try await client.fetchBuild(service: service.sid, build: lastBuild)  // warm-up
var swiftFetch = Double.infinity
var swiftList = Double.infinity
var listed = 0
for _ in 0..<resolved.rounds {
    var start = clock.now
    for _ in 0..<resolved.fetches {
        _ = try await client.fetchBuild(service: service.sid, build: lastBuild)
    }
    swiftFetch = min(swiftFetch, seconds(start.duration(to: clock.now)))
    start = clock.now
    listed = 0
    for try await _ in client.listBuilds(service: service.sid, pageSize: resolved.pageSize) { listed += 1 }
    swiftList = min(swiftList, seconds(start.duration(to: clock.now)))
}

let python = try runPython(
    resolved, script: benchDirectory.appendingPathComponent("twilio_python_bench.py").path,
    baseURL: baseURL, account: account, service: service.sid, build: lastBuild)

try await client.shutdown()
try await server.shutdown()

func row(_ name: String, _ swift: Double, _ python: Double) -> String {
    let ratio = swift > 0 ? python / swift : 0
    return name.padding(toLength: 34, withPad: " ", startingAt: 0)
        + String(format: "%9.3f s %9.3f s   %5.2fx", swift, python, ratio)
}
print("best of \(resolved.rounds) rounds        ServerlessClient  twilio-python  python/swift")
print(row("\(resolved.fetches) sequential fetches", swiftFetch, python.fetchSeconds))
print(row("list \(listed) builds (PageSize \(resolved.pageSize))", swiftList, python.listSeconds))
if python.listed != listed { print("note: twilio-python listed \(python.listed) builds, ServerlessClient \(listed)") }

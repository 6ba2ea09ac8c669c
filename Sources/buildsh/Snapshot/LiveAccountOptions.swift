import ArgumentParser
import Foundation

/// The options that choose and shape the live account a snapshot is read from, shared by
/// `sandbox import` and `sandbox diff`: the credentials as a run chooses them, and the services read.
struct LiveAccountOptions: ParsableArguments {
    @Option(name: .customLong("service"), help: ArgumentHelp("Only this service, by SID or unique name (repeatable; all when none is named).", valueName: "NAME|SID"))
    var services: [String] = []

    @Option(name: [.customShort("p"), .long], help: ArgumentHelp("Use this twilio-cli profile's credentials.", valueName: "NAME"),
            completion: ProfileNames.completion)
    var profile: String?

    @Option(name: .customLong("api-url"), help: ArgumentHelp("Send API requests to URL (overrides BUILDSH_API_URL).", valueName: "URL"))
    var apiURL: String?

    @Option(name: .customLong("max-requests"), help: ArgumentHelp("The most API requests in flight at once (default 10).", valueName: "N"))
    var maxRequests: Int?

    @Flag(name: [.short, .long], help: "Print HTTP requests and responses on stderr (credentials redacted).")
    var verbose = false

    func validate() throws {
        if let maxRequests, !(1...256).contains(maxRequests) {
            throw ValidationError("--max-requests expects a number from 1 to 256, got \(maxRequests)")
        }
    }

    var launchOptions: LaunchOptions {
        LaunchOptions(
            apiURL: apiURL, verbose: verbose, maxRequests: maxRequests, profile: profile,
            environment: ProcessEnvironment.current())
    }
}

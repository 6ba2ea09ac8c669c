import ArgumentParser
import Foundation

/// The profile names `-p` completes to: the ids of twilio-cli's configuration file, read from the
/// same place the run would read them (``CredentialResolution/configurationPath``).
enum ProfileNames {
    /// Shell completion for `-p`/`--profile`; the shell keeps the names that start with the word typed.
    static let completion = CompletionKind.custom { _, _, _ in
        names(environment: ProcessInfo.processInfo.environment)
    }

    /// The profile ids of the file, in its order; none when it is missing or not twilio-cli's JSON
    /// (completion is no place for the error a run reports).
    static func names(environment: [String: String]) -> [String] {
        let path = CredentialResolution(environment: environment, profile: nil).configurationPath
        guard let data = FileManager.default.contents(atPath: path),
              let file = try? JSONDecoder().decode(TwilioCliConfig.self, from: data)
        else { return [] }
        return file.profileIDs
    }
}

import ArgumentParser

/// `--rehearse` and the options that only mean something with it, declared and checked together
/// (a group of ``RunOptions``).
struct RehearseFlags: ParsableArguments {
    @Flag(help: "Run the script on a copy of the live account (GET requests only reach it) and print what it would change.")
    var rehearse = false

    @Option(help: ArgumentHelp("With --rehearse: start from this data file (it is never changed) instead of a fresh snapshot.", valueName: "FILE"))
    var snapshot: String?

    @Option(help: ArgumentHelp("With --rehearse: write the state the rehearsal ended in to FILE.", valueName: "FILE"))
    var keep: String?

    @Option(name: .customLong("service"), help: ArgumentHelp("With --rehearse: snapshot only this service (repeatable).", valueName: "NAME|SID"))
    var services: [String] = []

    func validate() throws {
        if !rehearse, snapshot != nil || keep != nil || !services.isEmpty {
            throw ValidationError("--snapshot, --keep and --service go with --rehearse")
        }
    }

    /// What the launcher rehearses with, or nil without `--rehearse`.
    var options: RehearsalOptions? {
        rehearse ? RehearsalOptions(snapshot: snapshot, keep: keep, services: services) : nil
    }
}

import BuildScript
import Foundation

/// `rehearse FILE [snapshot=FILE] [keep=FILE] [service=NAME|[NAMES]]` in the REPL: `buildsh --rehearse FILE` without
/// leaving the session (the script runs on a copy of the account, its changes are printed, the
/// account receives GET requests only); the session's own `use` and variables are untouched.
enum RehearseVerb {
    static func verb(launcher: ShellLauncher) -> Verb {
        var verb = Verb(
            "rehearse",
            summary: "Run a script on a copy of the account and print what it would change (the account gets GET requests only).",
            parameters: [
                .positional("file", .string, doc: "The script (relative to the current folder)."),
                .named("snapshot", .string, doc: "Start from this data file instead of a fresh snapshot (it is never changed)."),
                .named("keep", .string, doc: "Write the state the rehearsal ended in to this data file."),
                .named("service", .list, doc: "Snapshot only this service (a name or SID, or a list of them)."),
            ],
            example: "rehearse docs/examples/cleanup.bsh keep=after.sqlite"
        ) { arguments, call in
            let base = call.interpreter.options.workingDirectory ?? FileManager.default.currentDirectoryPath
            func path(_ name: String) -> String? {
                arguments.string(name).map { ($0 as NSString).expandingTildeInPath }.map { $0.hasPrefix("/") ? $0 : base + "/" + $0 }
            }
            let file = path("file") ?? ""
            guard FileManager.default.isReadableFile(atPath: file) else { throw VerbError("cannot read the script \(file)") }
            let services = try (arguments.list("service") ?? []).map { value in
                guard let name = value.stringValue else { throw VerbError("service= takes names or SIDs of services") }
                return name
            }
            let options = RehearsalOptions(snapshot: path("snapshot"), keep: path("keep"), services: services)
            let status = await Rehearsal(launcher: launcher, rehearsal: options).run(.file(path: file, arguments: []))
            guard status == ExitStatus.success.rawValue else {
                throw VerbError("the rehearsed script ended with status \(status) (nothing on the account was changed)", code: Int(status))
            }
            return .null
        }
        verb.helpGroup = "Workflows"
        return verb
    }
}

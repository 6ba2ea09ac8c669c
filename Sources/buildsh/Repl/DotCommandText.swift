/// The words the REPL prints about its dot commands.
enum DotCommandText {
    /// The text of `.help`.
    static let help = """
        REPL settings:
          .mode table|json|ndjson|tsv   how results are printed (now: see `.mode`)
          .timing on|off                print each command's run time
          .hints on|off                 show parameter hints after the cursor
          .tabcache DURATION            how long Tab reuses a listing of the account (now: see `.tabcache`)
          .dryrun on|off                destructive verbs only report what they would do (prompt shows dry)
          .presenter on|off             for screen sharing: account, secrets and variable values hidden,
                                        SIDs shortened in tables (Tab and $variables keep them whole)
          .reset                        empty the sandbox (asks first; never an account)
          .save FILE                    write this session's statements that succeeded as a script
          .results [N]                  the last 20 results ($ans is the newest); N makes result N $ans
          .help                         this text
          .quit                         leave (Ctrl-D on an empty line does too)
        Keys: Tab completes, Up/Down walk history, Ctrl-R searches it, Ctrl-C clears the line
        or cancels the running command. Type `help` for the verbs, `learn` for lessons.

        """

    /// A dot command error as one line.
    static func describe(_ error: DotCommand.ParseError) -> String {
        switch error {
        case .unknownCommand(let name):
            "error: unknown setting '\(name)' (try .help)"
        case .badValue(let command, let value, let expected):
            "error: \(command) takes \(expected.joined(separator: "|")), not '\(value)'"
        case .missingFile(let command):
            "error: \(command) needs a file name: \(command) FILE"
        }
    }
}

import Foundation

/// Where `buildsh` keeps files, following the XDG Base Directory convention.
struct XDGDirectories {
    /// The environment the folders are derived from.
    var environment: [String: String]

    /// `$XDG_STATE_HOME/buildsh`, or `~/.local/state/buildsh`: history lives here.
    var state: String {
        base(variable: "XDG_STATE_HOME", fallback: ".local/state") + "/buildsh"
    }

    /// `$XDG_DATA_HOME/buildsh`, or `~/.local/share/buildsh`: the sandbox database lives here.
    var data: String {
        base(variable: "XDG_DATA_HOME", fallback: ".local/share") + "/buildsh"
    }

    /// The REPL's history file.
    var historyFile: String { state + "/history" }

    /// `$HOME`, when set and not empty.
    var homeVariable: String? {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    }

    private var home: String { homeVariable ?? "/tmp" }

    /// `~` and `~/…` with `$HOME` as a shell expands them (the account's home folder only when
    /// `HOME` is unset); any other path as it is.
    func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (homeVariable ?? NSHomeDirectory()) + path.dropFirst(1)
    }

    private func base(variable: String, fallback: String) -> String {
        // The spec says relative paths in these variables are invalid and must be ignored.
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return home + "/" + fallback
    }

    /// `path` with the home folder shown as `~`, for messages.
    func abbreviated(_ path: String) -> String {
        path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
    }
}

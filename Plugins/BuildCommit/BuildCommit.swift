import Foundation
import PackagePlugin

/// Writes `BuildCommit.swift` into the `buildsh` target before each build: the commit the sources
/// were checked out at (`git rev-parse --short=7 HEAD`), or nil when it cannot be known (no git, or
/// not a git checkout: a source tarball). The file is rewritten only when its text changes, so an
/// unchanged commit costs no recompilation. `buildsh --version` prints it: `0.2.0 (abc1234)`.
@main
struct BuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        return [
            .prebuildCommand(
                displayName: "Stamping the commit buildsh is built from",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.script, "stamp", output.path, context.package.directoryURL.path],
                outputFilesDirectory: output)
        ]
    }

    /// `$1` the output folder, `$2` the package folder. Never fails the build: no commit is `nil`.
    static let script = #"""
        mkdir -p "$1" || exit 1
        out="$1/BuildCommit.swift"
        commit=$(git -C "$2" rev-parse --short=7 HEAD 2>/dev/null) || commit=""
        case "$commit" in
            *[!0-9a-f]* | "") value=nil ;;
            *) value="\"$commit\"" ;;
        esac
        text="// Generated before each build by Plugins/BuildCommit; not in the repository.
        enum BuildCommit {
            /// The commit the sources were checked out at (7 hex digits), nil when unknown.
            static let short: String? = $value
        }"
        [ -f "$out" ] && [ "$(cat "$out")" = "$text" ] || printf '%s\n' "$text" > "$out"
        """#
}

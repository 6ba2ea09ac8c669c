import Foundation
import PackagePlugin

/// Stamps the `buildsh` target with the commit it is built from: `scripts/stamp-commit` writes
/// `BuildCommit.swift` into the plugin's folder in `.build` (never into the sources), nil when git
/// or a checkout is missing. `buildsh --version` prints it.
///
/// A build command, not a prebuild one: SwiftPM runs prebuild commands only when it plans the build
/// again, which a commit alone does not cause. The command's inputs are the git files every move of
/// HEAD writes — `HEAD` and its log, `logs/HEAD` (a commit, a checkout, a reset) — so it runs again
/// exactly when the commit may have changed. Without a git folder it runs once.
@main
struct BuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let script = package.appending(path: "scripts/stamp-commit")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildCommit.swift")
        let headFiles = Self.gitFolder(of: package).map { folder in
            [folder.appending(path: "HEAD"), folder.appending(path: "logs/HEAD")]
                .filter { FileManager.default.fileExists(atPath: $0.path) }
        } ?? []
        return [
            .buildCommand(
                displayName: "Stamping the commit buildsh is built from",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, context.pluginWorkDirectoryURL.path, package.path],
                inputFiles: [script] + headFiles,
                outputFiles: [output])
        ]
    }

    /// The package's git folder: `.git` itself, or the folder a `.git` file names (`gitdir: …`, in
    /// a worktree or a submodule); nil outside a checkout.
    static func gitFolder(of package: URL) -> URL? {
        let dotGit = package.appending(path: ".git")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { return dotGit }
        guard let text = try? String(contentsOf: dotGit, encoding: .utf8), text.hasPrefix("gitdir:") else { return nil }
        let path = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.hasPrefix("/") ? URL(fileURLWithPath: path) : package.appending(path: path)
    }
}

import Foundation
import ServerlessClient

/// Reads a project folder into a ``DeployProject``, collecting every problem met on the way
/// instead of stopping at the first. Functions come from `functions/` (or `src/`), only `.js`
/// files; assets from `assets/` (or `static/`), every file — the folders serverless-toolkit looks
/// in, unless `functionsFolder`/`assetsFolder` name one (the toolkit's `--functions-folder` and
/// `--assets-folder`, which must then exist). Names starting with `.` and `node_modules` folders
/// are skipped.
enum ProjectReader {
    /// A folder named by an argument or the configuration, and where that was (for messages).
    typealias NamedFolder = (name: String, source: String)

    /// Reads `directory`; `envFile` is relative to it (nil: `.env` when present).
    static func read(
        directory: String, envFile: String?, functionsFolder: NamedFolder? = nil, assetsFolder: NamedFolder? = nil
    ) -> (DeployProject, [DeployProblem]) {
        var project = DeployProject(directory: directory)
        var problems: [DeployProblem] = []
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            return (project, [DeployProblem(file: nil, message: "no project folder at \(directory)")])
        }
        let searched: [(ProjectFile.Kind, NamedFolder?, [String])] = [
            (.function, functionsFolder, ["functions", "src"]), (.asset, assetsFolder, ["assets", "static"]),
        ]
        for (kind, named, candidates) in searched {
            if let named, !isDirectory(directory + "/" + named.name) {
                problems.append(DeployProblem(file: named.source, message: "no \(kind.rawValue)s folder '\(named.name)' in the project"))
                continue
            }
            guard let folder = named?.name ?? candidates.first(where: { isDirectory(directory + "/" + $0) }) else { continue }
            for relative in files(in: directory + "/" + folder) {
                if kind == .function, !relative.hasSuffix(".js") { continue }
                guard let content = FileManager.default.contents(atPath: directory + "/" + folder + "/" + relative) else {
                    problems.append(DeployProblem(file: folder + "/" + relative, message: "cannot be read"))
                    continue
                }
                project.files.append(ProjectFile(kind: kind, folder: folder, relative: relative, content: content))
            }
        }
        project.files.sort { ($0.kind == .function ? 0 : 1, $0.path) < ($1.kind == .function ? 0 : 1, $1.path) }
        readPackage(into: &project, problems: &problems)
        readEnvFile(envFile, into: &project, problems: &problems)
        return (project, problems)
    }

    /// `name`, `dependencies` and `engines.node` of `package.json`, when the file exists.
    private static func readPackage(into project: inout DeployProject, problems: inout [DeployProblem]) {
        let file = "package.json"
        guard let data = FileManager.default.contents(atPath: project.directory + "/" + file) else { return }
        guard let json = try? JSONSerialization.jsonObject(with: data), let package = json as? [String: Any] else {
            problems.append(DeployProblem(file: file, message: "is not a JSON object"))
            return
        }
        project.packageName = package["name"] as? String
        if let engines = package["engines"] as? [String: Any] { project.nodeEngine = engines["node"] as? String }
        guard let dependencies = package["dependencies"] else { return }
        guard let table = dependencies as? [String: Any] else {
            problems.append(DeployProblem(file: file, message: "dependencies must be an object of {\"name\": \"version\"}"))
            return
        }
        for name in table.keys.sorted() {
            guard let version = table[name] as? String else {
                problems.append(DeployProblem(file: file, message: "dependency \(name): the version must be a string"))
                continue
            }
            project.dependencies.append(Dependency(name: name, version: version))
        }
    }

    /// The variables of the env file (`.env` by default, silently absent).
    private static func readEnvFile(_ name: String?, into project: inout DeployProject, problems: inout [DeployProblem]) {
        let file = name ?? ".env"
        let path = file.hasPrefix("/") ? file : project.directory + "/" + file
        guard let data = FileManager.default.contents(atPath: path) else {
            if name != nil { problems.append(DeployProblem(file: file, message: "no such file (env_file=)")) }
            return
        }
        project.envFile = file
        let parsed = DotEnvFile.parse(String(decoding: data, as: UTF8.self))
        project.variables = parsed.variables
        project.envDifferences = parsed.differences
        for line in parsed.malformed {
            problems.append(DeployProblem(file: file, message: "line \(line.line) is not KEY=value: \(line.text.prefix(40))"))
        }
    }

    /// Regular files under `root`, relative to it, sorted; hidden names and `node_modules` skipped.
    private static func files(in root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || name == "node_modules" {
                if isDirectory(root + "/" + relative) { enumerator.skipDescendants() }
                continue
            }
            if !isDirectory(root + "/" + relative) { found.append(relative) }
        }
        return found.sorted()
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}

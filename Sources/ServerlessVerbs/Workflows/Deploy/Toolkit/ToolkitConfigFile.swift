import Foundation

/// The serverless-toolkit configuration a project has, found as twilio-run finds it: cosmiconfig 8
/// searching for the module name `twilioserverless` from the project folder up to the home folder
/// (or the file system's root for a folder outside it), in each folder trying its search places in
/// order and taking the first that has content — `package.json` only when it has a
/// `twilioserverless` key, a file only when it is not blank. twilio-run reads `.twilioserverlessrc`
/// and the `.json` files as JSON5; those buildsh reads with ``JSON5Reader``. A YAML or JavaScript
/// place found first is a problem: the toolkit would use it and buildsh cannot read it.
struct ToolkitConfigFile: Sendable {
    /// The file, absolute.
    let path: String
    /// The file as shown in messages: relative to the project (`.twilioserverlessrc`,
    /// `../.twilioserverlessrc`), absolute when it is not below the project's parents.
    let shownPath: String
    /// The configuration object (the `twilioserverless` value of a `package.json`).
    let root: JSON5Value
    /// Prefixed to key paths in messages: `twilioserverless.` in a `package.json`, else nothing.
    let keyPrefix: String

    /// cosmiconfig 8's default search places for `twilioserverless`, in order.
    static let searchPlaces = [
        "package.json", ".twilioserverlessrc", ".twilioserverlessrc.json", ".twilioserverlessrc.yaml",
        ".twilioserverlessrc.yml", ".twilioserverlessrc.js", ".twilioserverlessrc.ts", ".twilioserverlessrc.cjs",
        ".twilioserverlessrc.mjs", ".config/twilioserverlessrc", ".config/twilioserverlessrc.json",
        ".config/twilioserverlessrc.yaml", ".config/twilioserverlessrc.yml", ".config/twilioserverlessrc.js",
        ".config/twilioserverlessrc.ts", ".config/twilioserverlessrc.mjs", ".config/twilioserverlessrc.cjs",
        "twilioserverless.config.js", "twilioserverless.config.ts", "twilioserverless.config.mjs", "twilioserverless.config.cjs",
    ]

    /// The places twilio-run reads as JSON5 (its loaders for `.json`, `.json5` and no extension).
    static let readablePlaces: Set<String> = [
        "package.json", ".twilioserverlessrc", ".twilioserverlessrc.json", ".config/twilioserverlessrc", ".config/twilioserverlessrc.json",
    ]

    /// The `package.json` key cosmiconfig reads.
    static let packageKey = "twilioserverless"

    /// The configuration for the project in `directory`: nil when there is none; a problem when the
    /// file found cannot be read, is not JSON5, is not an object, or is of a kind buildsh cannot read.
    static func search(from directory: String, home: String? = ProcessInfo.processInfo.environment["HOME"])
        -> Result<ToolkitConfigFile?, DeployProblem>
    {
        let stop = home.map { ($0 as NSString).standardizingPath }
        var folder = (directory as NSString).standardizingPath
        while true {
            for place in searchPlaces {
                let path = (folder as NSString).appendingPathComponent(place)
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let shown = shownPath(path, from: directory)
                let text = String(decoding: data, as: UTF8.self)
                if text.allSatisfy(\.isWhitespace) { continue }
                guard readablePlaces.contains(place) else {
                    return .failure(DeployProblem(
                        file: shown,
                        message: "the serverless-toolkit would read its configuration from this file; buildsh reads only "
                            + "JSON5 configuration (.twilioserverlessrc, .twilioserverlessrc.json, \"twilioserverless\" in package.json)"))
                }
                let value: JSON5Value
                do {
                    value = try JSON5Reader.parse(text)
                } catch {
                    if place == "package.json" { continue }  // the deploy's own package.json check reports it
                    return .failure(DeployProblem(file: "\(shown):\(error.line):\(error.column)", message: error.message))
                }
                var root = value
                var prefix = ""
                if place == "package.json" {
                    guard let configuration = value[packageKey] else { continue }
                    root = configuration
                    prefix = packageKey + "."
                }
                guard case .object = root else {
                    return .failure(DeployProblem(
                        file: shown, message: "\(prefix.isEmpty ? "the configuration" : packageKey) must be an object, not \(root.kindDescription)"))
                }
                return .success(ToolkitConfigFile(path: path, shownPath: shown, root: root, keyPrefix: prefix))
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if folder == stop || parent == folder || parent.isEmpty { return .success(nil) }
            folder = parent
        }
    }

    /// `path` relative to `directory` when it is in it or one of its parents.
    private static func shownPath(_ path: String, from directory: String) -> String {
        var base = (directory as NSString).standardizingPath
        var ups = ""
        while true {
            if path.hasPrefix(base.hasSuffix("/") ? base : base + "/") {
                return ups + String(path.dropFirst(base.hasSuffix("/") ? base.count : base.count + 1))
            }
            let parent = (base as NSString).deletingLastPathComponent
            if parent == base || parent.isEmpty { return path }
            base = parent
            ups += "../"
        }
    }
}

import Foundation

/// The checks on a project's content before anything is created: dependency versions, paths,
/// sizes, counts per build and variables, each problem with the file it comes from.
enum DeployChecks {
    /// Every problem of `project`, in file order.
    static func problems(of project: DeployProject) -> [DeployProblem] {
        var problems: [DeployProblem] = []
        if project.files.isEmpty {
            problems.append(DeployProblem(
                file: nil, message: "no functions or assets: expected .js files under functions/ (or src/), files under assets/ (or static/)"))
        }
        for dependency in project.dependencies {
            if dependency.name.isEmpty || dependency.name.count > 214 {
                problems.append(DeployProblem(file: "package.json", message: "dependency name '\(dependency.name)' is not a valid npm name"))
            }
            if !SemverRange.isValid(dependency.version) {
                problems.append(DeployProblem(
                    file: "package.json",
                    message: "dependency \(dependency.name): \"\(dependency.version)\" is not a semver version or range "
                        + "(e.g. \"5.3.0\", \"^5.3.0\", \"~5.3\", \">=5 <6\", \"latest\")"))
            }
        }
        var firstFileOfPath: [String: String] = [:]
        for file in project.files {
            if let other = firstFileOfPath[file.kind.rawValue + file.path] {
                problems.append(DeployProblem(file: file.file, message: "has the same path \(file.path) as \(other)"))
            } else {
                firstFileOfPath[file.kind.rawValue + file.path] = file.file
            }
            if file.path.count > DeployLimits.pathLength {
                problems.append(DeployProblem(
                    file: file.file, message: "its path is \(file.path.count) characters; Twilio allows \(DeployLimits.pathLength)"))
            }
            if file.content.count > DeployLimits.fileBytes {
                problems.append(DeployProblem(
                    file: file.file, message: "is \(megabytes(file.content.count)); Twilio accepts files up to \(megabytes(DeployLimits.fileBytes))"))
            }
        }
        problems += countProblems(project)
        for (key, value) in project.variables {
            if key.count > DeployLimits.variableKeyLength {
                problems.append(DeployProblem(
                    file: project.envFile, message: "variable \(key.prefix(20))…: keys are limited to \(DeployLimits.variableKeyLength) characters"))
            }
            if value.utf8.count > DeployLimits.variableValueBytes {
                problems.append(DeployProblem(
                    file: project.envFile,
                    message: "variable \(key): its value is \(value.utf8.count) bytes; Twilio allows \(DeployLimits.variableValueBytes)"))
            }
        }
        return problems
    }

    /// Versions per build: functions, public and protected assets, private assets.
    private static func countProblems(_ project: DeployProject) -> [DeployProblem] {
        var problems: [DeployProblem] = []
        let functions = project.functions.count
        if functions > DeployLimits.functionsPerBuild {
            problems.append(DeployProblem(
                file: "functions/", message: "\(functions) functions; a build holds at most \(DeployLimits.functionsPerBuild) function versions"))
        }
        let privateAssets = project.assets.filter { $0.visibility == "private" }.count
        if privateAssets > DeployLimits.privateAssetsPerBuild {
            problems.append(DeployProblem(
                file: "assets/", message: "\(privateAssets) private assets; a build holds at most \(DeployLimits.privateAssetsPerBuild)"))
        }
        let otherAssets = project.assets.count - privateAssets
        if otherAssets > DeployLimits.publicAssetsPerBuild {
            problems.append(DeployProblem(
                file: "assets/",
                message: "\(otherAssets) public and protected assets; a build holds at most \(DeployLimits.publicAssetsPerBuild)"))
        }
        return problems
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

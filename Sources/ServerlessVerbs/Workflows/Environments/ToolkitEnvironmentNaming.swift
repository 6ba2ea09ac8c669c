/// How serverless-toolkit names the environments it creates (`serverless-api/src/api/environments.ts`),
/// which `deploy` and `promote` follow so that a toolkit user and a buildsh user can take turns on
/// one service: domain suffix `<suffix>`, unique name `<suffix>-environment` (`production` for the
/// empty suffix). The toolkit also sends a FriendlyName, `<unique name> Environment (Created by CLI)`,
/// which the API neither documents nor stores; buildsh does not send it.
struct ToolkitEnvironmentNaming: Equatable, Sendable {
    /// The unique name (`dev-environment`, `production`).
    let uniqueName: String
    /// The domain suffix; nil for the production environment on the service's bare domain.
    let domainSuffix: String?

    /// The toolkit's unique name for an environment with this domain suffix.
    static func uniqueName(suffix: String) -> String {
        suffix.isEmpty ? EnvironmentName.productionWord : "\(suffix)-environment"
    }

    /// The friendly name the toolkit sends with it (documented here, not sent).
    var friendlyName: String { "\(uniqueName) Environment (Created by CLI)" }

    /// Why `name` cannot name a new environment: the domain suffix it stands for must be 1 to
    /// ``DeployLimits/domainSuffixLength`` lower-case letters, digits or `-`, not starting or
    /// ending with `-` (it becomes part of a host name).
    enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case invalidSuffix(name: String, suffix: String)

        var description: String {
            switch self {
            case .invalidSuffix(let name, let suffix):
                let shown = name == suffix ? "'\(name)'" : "'\(name)' (domain suffix '\(suffix)')"
                return "cannot create an environment named \(shown): a new environment is named by its domain suffix, "
                    + "1 to \(DeployLimits.domainSuffixLength) lower-case letters, digits or inner '-' (as the serverless-toolkit names them)"
            }
        }
    }

    /// What a new environment called `name` is: `production` is the bare domain; `<x>-environment`
    /// (a toolkit unique name) and `<x>` both mean suffix `<x>`.
    static func forNew(_ name: EnvironmentName) -> Result<ToolkitEnvironmentNaming, Problem> {
        let text: String
        switch name {
        case .production: return .success(ToolkitEnvironmentNaming(uniqueName: EnvironmentName.productionWord, domainSuffix: nil))
        case .named(let given): text = given
        }
        let suffix = text.hasSuffix("-environment") && text.count > "-environment".count
            ? String(text.dropLast("-environment".count)) : text
        guard !suffix.isEmpty, suffix.count <= DeployLimits.domainSuffixLength, suffix.first != "-", suffix.last != "-",
              suffix.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        else { return .failure(.invalidSuffix(name: text, suffix: suffix)) }
        return .success(ToolkitEnvironmentNaming(uniqueName: uniqueName(suffix: suffix), domainSuffix: suffix))
    }
}

import ServerlessClient

/// An environment as a person names it in `environment=`, `from=`, `to=` or `use environment`,
/// found by the one rule every verb shares (serverless-toolkit's `getEnvironmentFromSuffix` first):
///
/// 1. a SID is the environment with that SID (looked up by the caller: it needs no listing);
/// 2. else the environment whose **domain suffix** is the name — among several (a service from the
///    time Twilio allowed that), the one the toolkit named (`<suffix>-environment`);
/// 3. else the environment whose **unique name** is the name;
/// 4. `production` (``production``) is the environment without a domain suffix, else the one whose
///    unique name is `production`.
///
/// So `dev` finds the toolkit's `dev-environment` (suffix `dev`) and buildsh's older `dev`
/// (unique name) alike; what `deploy` and `promote` create is named by ``ToolkitEnvironmentNaming``.
enum EnvironmentName: Equatable, Sendable {
    /// The environment on the service's bare domain: the toolkit's `--production`, `to=production`.
    case production
    /// Any other name: a domain suffix, a unique name or a SID.
    case named(String)

    /// The unique name the toolkit gives its production environment, and the word that means it.
    static let productionWord = "production"

    /// `production` is ``production``; anything else is ``named(_:)``.
    init(_ text: String) {
        self = text == Self.productionWord ? .production : .named(text)
    }

    /// How the name is written (`production` for the bare domain).
    var text: String {
        switch self {
        case .production: Self.productionWord
        case .named(let name): name
        }
    }

    /// The environment of `environments` this name finds, by the rule above (a SID matches by SID).
    func find(in environments: [Environment]) -> Environment? {
        switch self {
        case .production:
            return environments.first { ($0.domainSuffix ?? "").isEmpty && $0.uniqueName == Self.productionWord }
                ?? environments.first { ($0.domainSuffix ?? "").isEmpty }
                ?? environments.first { $0.uniqueName == Self.productionWord }
        case .named(let name):
            if ResourceReference.isSID(name) { return environments.first { $0.sid == name } }
            let bySuffix = environments.filter { $0.domainSuffix == name }
            if bySuffix.count > 1, let toolkit = bySuffix.first(where: { $0.uniqueName == ToolkitEnvironmentNaming.uniqueName(suffix: name) }) {
                return toolkit
            }
            return bySuffix.first ?? environments.first { $0.uniqueName == name }
        }
    }
}

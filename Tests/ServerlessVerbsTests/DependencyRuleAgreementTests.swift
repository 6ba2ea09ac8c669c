import Testing

@testable import ServerlessSandbox
@testable import ServerlessVerbs

/// Deploy's pre-check and the sandbox's build rules read a dependency's version by one rule: the
/// same texts go through both, and a text the pre-check lets through never fails a build for its
/// version (nor the reverse).
struct DependencyRuleAgreementTests {
    static let versions = [
        "4.17.0 - 4.17.21", "^3 || ^4", ">=1 <2", ">=5 <6", "1.0.0 - 2.0.0", ">= 1.0.0", "0.1.20 || 1.2.4", "~>1", "~> 1",
        "1.x.5", "1.*.5", "x.1", ">=09090", "^9007199254740991.0.0", "=9007199254740991.0.0", "", "*", "||", "latest",
        "next", "1.2.3", "^1.2.3-beta.4", "1.x.x+build >2.x+build", "<x <* || >* 2.x", "~1.2.3beta", "01.2.3",
        "1.2.3 - 2 - 3", "git+https://github.com/x/y", "file:../x", ">=", "^", "v1.2.3", "=v1.2.3", "==1.2.3", "1.2.3.4",
    ]

    @Test(arguments: versions)
    func preCheckAndSandboxAgree(version: String) {
        let (status, reason) = BuildRules.outcome(dependencies: [BuildDependency(name: "twilio", version: version)], versions: [])
        #expect(SemverRange.isValid(version) == (status == .completed), "\(reason ?? "completed")")
    }

    @Test func theRangesSeenFailingBuildsNowComplete() {
        for version in ["4.17.0 - 4.17.21", "^3 || ^4", ">=1 <2"] {
            #expect(BuildRules.outcome(dependencies: [BuildDependency(name: "lodash", version: version)], versions: []).0 == .completed)
        }
    }
}

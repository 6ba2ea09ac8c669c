import NpmSemver
import Testing

/// Answers of node-semver 7.8.5's `validRange` beyond its fixtures, found by comparing generated
/// ranges: what it accepts is matched, and the few strings it accepts only by accident of its text
/// rewriting are refused on purpose (docs/sandbox.md).
struct NodeSemverQuirkTests {
    @Test(arguments: [
        ("~1.x.5", ">=1.0.0 <2.0.0-0"), ("^ 1.x.5", ">=1.0.0 <2.0.0-0"), ("~ > 1", ">=1.0.0 <2.0.0-0"),
        ("=1.x.5 - =1.x.5", ">=1.0.0 <2.0.0-0"), ("~ >\t=1", ">=1.0.0 <2.0.0-0"), ("==1.x", ">=1.0.0 <2.0.0-0"),
        ("^0.0.0", "<0.0.1-0"), ("vv1.x", ">=1.0.0 <2.0.0-0"),
    ])
    func matchesNodeSemver(range: String, canonical: String) {
        #expect(VersionRange(range)?.description == canonical)
    }

    @Test(arguments: ["1.2.3*", "*1.2.3", "~> >=1", "==1.2.3", "vv1.2.3", "=1.2.3 - 2"])
    func refusesWhatNodeSemverAcceptsOnlyByAccident(range: String) {
        // node-semver: "1.2.3*", "*1.2.3" and "~> >=1" pass there; "==1.2.3", "vv1.2.3" and "=1.2.3 - 2" fail there too.
        #expect(VersionRange(range) == nil)
    }
}

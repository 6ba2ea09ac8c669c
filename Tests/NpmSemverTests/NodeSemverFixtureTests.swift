import NpmSemver
import Testing

@Suite("node-semver's fixtures, read without options")
struct NodeSemverFixtureTests {
    @Test func fixturesAreLoaded() {
        #expect(FixtureData.rangeParse.count == 111)
        #expect(FixtureData.rangeInclude.count == 99)
        #expect(FixtureData.rangeExclude.count == 78)
        #expect(FixtureData.validVersions.count == 22)
        #expect(FixtureData.invalidVersions.count == 5)
    }

    @Test(arguments: FixtureData.rangeParse)
    func rangesParseToNodeSemversCanonicalForm(_ row: FixtureData.RangeParse) {
        #expect(VersionRange(row.range)?.description == row.canonical)
    }

    @Test(arguments: FixtureData.rangeInclude)
    func rangesIncludeTheirVersions(_ row: FixtureData.RangeVersion) {
        #expect(VersionRange(row.range)?.contains(row.version) == true)
    }

    @Test(arguments: FixtureData.rangeExclude)
    func rangesExcludeOtherVersions(_ row: FixtureData.RangeVersion) {
        #expect(VersionRange(row.range)?.contains(row.version) != true)
    }

    @Test(arguments: FixtureData.validVersions)
    func validVersionsAreRead(_ row: FixtureData.ValidVersion) throws {
        let version = try #require(SemanticVersion(row.version))
        #expect([version.major, version.minor, version.patch] == [row.major, row.minor, row.patch])
        #expect(version.prerelease == row.prerelease)
        #expect(version.build == row.build)
    }

    @Test(arguments: FixtureData.invalidVersions)
    func invalidVersionsAreRefused(_ row: FixtureData.InvalidVersion) {
        #expect(SemanticVersion(row.version) == nil)
    }
}

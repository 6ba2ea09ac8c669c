import Foundation
import Testing

/// node-semver's test fixtures (test/fixtures/*.js at 7.8.5), as written by
/// scripts/import-semver-fixtures. Options are normalized to two flags; the cases this library covers
/// are those with neither (node-semver's default, strict reading).
enum FixtureData {
    struct RangeParse: Decodable, CustomTestStringConvertible {
        let range: String
        let canonical: String?
        let loose: Bool
        let includePrerelease: Bool
        var testDescription: String { "\(range.prefix(60)) → \(canonical ?? "invalid")" }
    }

    struct RangeVersion: Decodable, CustomTestStringConvertible {
        let range: String
        let version: String
        let loose: Bool
        let includePrerelease: Bool
        var testDescription: String { "\(version) in \(range)" }
    }

    struct ValidVersion: Decodable, CustomTestStringConvertible {
        let version: String
        let major: UInt64
        let minor: UInt64
        let patch: UInt64
        let prerelease: [String]
        let build: [String]
        var testDescription: String { version }
    }

    struct InvalidVersion: Decodable, CustomTestStringConvertible {
        let version: String
        let reason: String
        let loose: Bool
        let includePrerelease: Bool
        var testDescription: String { "\(version.prefix(40)): \(reason)" }
    }

    static func load<Row: Decodable>(_ name: String, as: Row.Type = Row.self) -> [Row] {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"),
              let data = try? Data(contentsOf: url), let rows = try? JSONDecoder().decode([Row].self, from: data) else {
            fatalError("fixture \(name).json cannot be read")
        }
        return rows
    }

    static let rangeParse = load("range-parse", as: RangeParse.self).filter { !$0.loose && !$0.includePrerelease }
    static let rangeInclude = load("range-include", as: RangeVersion.self).filter { !$0.loose && !$0.includePrerelease }
    static let rangeExclude = load("range-exclude", as: RangeVersion.self).filter { !$0.loose && !$0.includePrerelease }
    static let validVersions = load("valid-versions", as: ValidVersion.self)
    static let invalidVersions = load("invalid-versions", as: InvalidVersion.self).filter { !$0.loose }
}

import Foundation
import Testing
@testable import ServerlessClient

/// Every example body in the OpenAPI spec decodes into its model and encodes back to the same JSON.
@Suite struct SpecExampleDecodingTests {
    /// Decodes `json` as `Record`, encodes it again with a plain `JSONEncoder` and compares both
    /// as JSON: every field comes back under its snake_case key with its value (visibility
    /// lower-cased); keys the original lacked come back only as `null`.
    static func roundTrip<Record: Codable>(_ type: Record.Type, _ json: String) throws -> Bool {
        let record = try JSONDecoder().decode(Record.self, from: Data(json.utf8))
        let encoded = try JSONEncoder().encode(record)
        let original = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let again = try JSONSerialization.jsonObject(with: encoded)
        return normalized(original) as? NSObject == normalized(again) as? NSObject
    }

    /// Drops `null` members and lower-cases `visibility`, recursively.
    static func normalized(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, member) in object where !(member is NSNull) {
                result[key] = key == "visibility" ? ((member as? String)?.lowercased() ?? member) : normalized(member)
            }
            return result as NSDictionary
        }
        if let array = value as? [Any] { return array.map(normalized) as NSArray }
        return value
    }

    @Test func wireFieldsListEveryFieldInTheAPIsOrder() {
        #expect(Environment.wireFieldNames == [
            "sid", "account_sid", "service_sid", "build_sid", "unique_name", "domain_suffix", "domain_name",
            "date_created", "date_updated", "url", "links",
        ])
        #expect(!FunctionVersion.wireFieldNames.contains("url"), "a version inside a build has no url at all")
    }

    static let recordOperations: [(String, any (Codable & Sendable).Type)] = [
        ("CreateService", Service.self), ("FetchService", Service.self), ("UpdateService", Service.self),
        ("CreateFunction", Function.self), ("FetchFunction", Function.self), ("UpdateFunction", Function.self),
        ("FetchFunctionVersion", FunctionVersion.self),
        ("FetchFunctionVersionContent", FunctionVersionContent.self),
        ("CreateAsset", Asset.self), ("FetchAsset", Asset.self), ("UpdateAsset", Asset.self),
        ("FetchAssetVersion", AssetVersion.self),
        ("CreateBuild", Build.self), ("FetchBuild", Build.self), ("FetchBuildStatus", BuildStatus.self),
        ("CreateEnvironment", Environment.self), ("FetchEnvironment", Environment.self),
        ("CreateDeployment", Deployment.self), ("FetchDeployment", Deployment.self),
        ("CreateVariable", Variable.self), ("FetchVariable", Variable.self), ("UpdateVariable", Variable.self),
        ("FetchLog", Log.self),
    ]

    @Test(arguments: recordOperations.map(\.0))
    func recordExampleRoundTrips(operation: String) throws {
        let body = try #require(SpecExamples.bodies[operation])
        let type = try #require(Self.recordOperations.first { $0.0 == operation }?.1)
        #expect(try Self.roundTrip(type, body), "\(operation) did not encode back to the same JSON")
    }

    static let listOperations: [(String, Int)] = [
        ("ListService", 0), ("ListFunction", 0), ("ListFunctionVersion", 0), ("ListAsset", 0),
        ("ListAssetVersion", 0), ("ListBuild", 0), ("ListEnvironment", 0), ("ListDeployment", 0),
        ("ListVariable", 0), ("ListLog", 0),
    ]

    @Test(arguments: listOperations.map(\.0))
    func emptyListExampleDecodes(operation: String) throws {
        let body = Data(try #require(SpecExamples.bodies[operation]).utf8)
        let count: Int
        switch operation {
        case "ListService": count = try JSONDecoder().decode(PageEnvelope<Service>.self, from: body).records.count
        case "ListFunction": count = try JSONDecoder().decode(PageEnvelope<Function>.self, from: body).records.count
        case "ListFunctionVersion":
            count = try JSONDecoder().decode(PageEnvelope<FunctionVersion>.self, from: body).records.count
        case "ListAsset": count = try JSONDecoder().decode(PageEnvelope<Asset>.self, from: body).records.count
        case "ListAssetVersion":
            count = try JSONDecoder().decode(PageEnvelope<AssetVersion>.self, from: body).records.count
        case "ListBuild": count = try JSONDecoder().decode(PageEnvelope<Build>.self, from: body).records.count
        case "ListEnvironment":
            count = try JSONDecoder().decode(PageEnvelope<Environment>.self, from: body).records.count
        case "ListDeployment":
            count = try JSONDecoder().decode(PageEnvelope<Deployment>.self, from: body).records.count
        case "ListVariable": count = try JSONDecoder().decode(PageEnvelope<Variable>.self, from: body).records.count
        default: count = try JSONDecoder().decode(PageEnvelope<Log>.self, from: body).records.count
        }
        #expect(count == 0)
    }

    @Test func fetchBuildExampleHasTypedContents() throws {
        let body = Data(try #require(SpecExamples.bodies["FetchBuild"]).utf8)
        let build = try JSONDecoder().decode(Build.self, from: body)
        #expect(build.sid == "ZB00000000000000000000000000000000")
        #expect(build.status == .building)
        #expect(build.runtime == .node22 || build.runtime?.rawValue.hasPrefix("node") == true)
        #expect(build.functionVersions?.first?.path != nil)
        #expect(build.functionVersions?.first?.visibility != nil)
        #expect(build.dependencies?.entries.contains { $0.name == "twilio" } == true)
        #expect(build.dateCreated?.date != nil)
    }

    @Test func versionsEmbeddedInABuildKeepTheirShapeWithoutURLOrLinks() throws {
        let body = Data(try #require(SpecExamples.bodies["FetchBuild"]).utf8)
        let build = try JSONDecoder().decode(Build.self, from: body)
        let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(build)) as? [String: Any]
        let embedded = try #require((json?["function_versions"] as? [[String: Any]])?.first)
        #expect(embedded["path"] is String)
        #expect(embedded["url"] == nil)
        #expect(embedded["links"] == nil)
    }
}

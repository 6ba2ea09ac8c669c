import BuildScript
import Foundation
import ServerlessClient
import Testing
@testable import ServerlessVerbs

/// Models as script records: the API's field order, absent fields as null, times as times.
@Suite struct RecordEncoderTests {
    @Test func absentFieldsAreNullInTheAPIsOrder() throws {
        let environment = try JSONDecoder().decode(
            Environment.self, from: Data(#"{"domain_suffix": "dev", "sid": "ZE1", "date_created": "2026-01-02T03:04:05Z"}"#.utf8))
        guard case .record(let fields) = try RecordEncoder.encode(environment) else {
            Issue.record("not a record")
            return
        }
        #expect(Array(fields.keys) == Environment.wireFieldNames)
        #expect(fields["sid"] == .string("ZE1"))
        #expect(fields["build_sid"] == .null)
        #expect(fields["domain_suffix"] == .string("dev"))
        #expect(fields["date_created"] == .time(Date(timeIntervalSince1970: 1_767_323_045)))
    }

    @Test func aVersionInsideABuildShowsURLOnlyWhenItHasOne() throws {
        let build = try JSONDecoder().decode(Build.self, from: Data(#"""
            {"sid": "ZB1", "function_versions": [{"sid": "ZN1", "path": "/a"},
             {"sid": "ZN2", "path": "/b", "url": "https://x/ZN2"}]}
            """#.utf8))
        let value = try RecordEncoder.encode(build)
        guard case .list(let versions) = value["function_versions"],
              case .record(let first) = versions.first, case .record(let second) = versions.last
        else {
            Issue.record("no versions")
            return
        }
        #expect(Array(first.keys) == FunctionVersion.wireFieldNames)
        #expect(Array(second.keys) == FunctionVersion.wireFieldNames + ["url"])
        #expect(value["runtime"] == .null)
    }
}

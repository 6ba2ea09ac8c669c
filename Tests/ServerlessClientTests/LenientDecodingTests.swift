import Foundation
import Testing
@testable import ServerlessClient

/// Bodies that differ from the spec's examples in ways the notes say real servers produce.
@Suite struct LenientDecodingTests {
    func decode<Record: Decodable>(_ type: Record.Type, _ json: String) throws -> Record {
        try JSONDecoder().decode(Record.self, from: Data(json.utf8))
    }

    @Test func buildVersionsMayBeBareSids() throws {
        let build = try decode(Build.self, """
            {"sid": "ZB1", "function_versions": ["ZN1", "ZN2"], "asset_versions": [{"sid": "ZN3", "path": "/a"}]}
            """)
        #expect(build.functionVersions?.map(\.sid) == ["ZN1", "ZN2"])
        #expect(build.assetVersions?.first?.path == "/a")
    }

    @Test(arguments: ["public", "PUBLIC", "Public"])
    func visibilityInAnyCase(spelling: String) throws {
        let version = try decode(FunctionVersion.self, #"{"sid": "ZN1", "visibility": "\#(spelling)"}"#)
        #expect(version.visibility == .public)
        let encoded = String(decoding: try JSONEncoder().encode(version), as: UTF8.self)
        #expect(encoded.contains(#""visibility":"public""#))
    }

    @Test func runtimeIsAnOpenString() throws {
        let build = try decode(Build.self, #"{"sid": "ZB1", "runtime": "node24", "status": "COMPLETED"}"#)
        #expect(build.runtime == .node24)
        #expect(build.status == .completed)
        #expect(build.status?.isFinished == true)
    }

    @Test func unknownStateIsKeptAndNotFinished() throws {
        let build = try decode(Build.self, #"{"sid": "ZB1", "status": "queued"}"#)
        #expect(build.status?.rawValue == "queued")
        #expect(build.status?.isFinished == false)
    }

    @Test func missingAndNullFieldsAndUnknownKeysAreAccepted() throws {
        let build = try decode(Build.self, #"{"sid": "ZB1", "runtime": null, "surprise": {"x": 1}}"#)
        #expect(build.runtime == nil)
        #expect(build.functionVersions == nil)
    }

    @Test(arguments: [
        #"[{"name": "twilio", "version": "5.3.0"}]"#,
        #"{"twilio": "5.3.0"}"#,
        #""[{\"name\":\"twilio\",\"version\":\"5.3.0\"}]""#,
    ])
    func dependenciesInAnyShape(json: String) throws {
        let build = try decode(Build.self, #"{"sid": "ZB1", "dependencies": \#(json)}"#)
        #expect(build.dependencies == [Dependency(name: "twilio", version: "5.3.0")])
    }

    @Test func oddTimestampIsKeptVerbatim() throws {
        let build = try decode(Build.self, #"{"sid": "ZB1", "date_created": "yesterday"}"#)
        #expect(build.dateCreated?.text == "yesterday")
        #expect(build.dateCreated?.date == nil)
        let fractional = try decode(Build.self, #"{"sid": "ZB1", "date_created": "2026-11-29T01:00:00.250Z"}"#)
        #expect(fractional.dateCreated?.date != nil)
    }

    @Test func pageFindsRecordsUnderMetaKey() throws {
        let page = try decode(PageEnvelope<Build>.self, """
            {"items": [{"sid": "ZB1"}], "meta": {"key": "items", "next_page_url": "https://x/v1/next", "page": 0}}
            """)
        #expect(page.records.map(\.sid) == ["ZB1"])
        #expect(page.meta.nextPageURL == "https://x/v1/next")
    }

    @Test func pageWithoutItsListIsAnError() {
        #expect(throws: DecodingError.self) {
            try decode(PageEnvelope<Build>.self, #"{"meta": {"page": 0}, "services": []}"#)
        }
    }

    @Test func timestampMadeFromDateUsesTheWireFormat() {
        let date = Date(timeIntervalSince1970: 1_541_880_000)
        #expect(Timestamp(date).text == "2018-11-10T20:00:00Z")
        #expect(Timestamp(date).date == date)
    }
}

/// Following `next_page_url` without ever sending credentials to another host: always on the
/// configured API host, refusing only malformed forms.
@Suite struct NextPageResolutionTests {
    static let followed: [(next: String, base: String, expected: String)] = [
        ("http://127.0.0.1:9/v1/Services?PageSize=2&Page=1&PageToken=PT1", "http://127.0.0.1:9",
         "http://127.0.0.1:9/v1/Services?PageSize=2&Page=1&PageToken=PT1"),
        ("/v1/Services?PageToken=PT%2B1", "http://127.0.0.1:9", "http://127.0.0.1:9/v1/Services?PageToken=PT%2B1"),
        ("HTTPS://Serverless.Twilio.com:443/v1/Services?Page=1", "https://serverless.twilio.com",
         "HTTPS://Serverless.Twilio.com:443/v1/Services?Page=1"),
        // Another host, port or scheme (the API behind a proxy or gateway, the global host in a reply
        // to a regional one): its path and query, as written, on the configured base URL.
        ("https://serverless.twilio.com/v1/Services/ZS1/Builds?PageToken=PT9", "https://serverless.dublin.ie1.twilio.com",
         "https://serverless.dublin.ie1.twilio.com/v1/Services/ZS1/Builds?PageToken=PT9"),
        ("https://evil.example/v1/Services?Page=1&PageToken=PT%2F1#top", "http://127.0.0.1:9",
         "http://127.0.0.1:9/v1/Services?Page=1&PageToken=PT%2F1"),
        ("http://127.0.0.1:10/v1/Services", "http://127.0.0.1:9", "http://127.0.0.1:9/v1/Services"),
        ("https://127.0.0.1:9/v1/Services", "http://127.0.0.1:9", "http://127.0.0.1:9/v1/Services"),
        ("http://api.internal:8080", "http://127.0.0.1:9", "http://127.0.0.1:9/"),
        ("https://serverless.twilio.com/v1/Services?Page=1", "https://gateway.example/twilio",
         "https://gateway.example/twilio/v1/Services?Page=1"),
    ]

    static let refused: [(next: String, base: String)] = [
        ("@127.0.0.2:9/v1/Services?PageToken=x", "http://127.0.0.1:9"),
        ("//127.0.0.2:9/v1/Services", "http://127.0.0.1:9"),
        ("http://user:pw@127.0.0.1:9/v1/Services", "http://127.0.0.1:9"),
        ("https://user@evil.example/v1/Services", "http://127.0.0.1:9"),
        ("http://127.0.0.1:9@127.0.0.2:9/v1/Services", "http://127.0.0.1:9"),
        ("v1/Services?PageToken=x", "http://127.0.0.1:9"),
        ("javascript:alert(1)", "http://127.0.0.1:9"),
        ("ftp://127.0.0.1:9/v1/Services", "http://127.0.0.1:9"),
        ("file:///etc/passwd", "http://127.0.0.1:9"),
    ]

    @Test(arguments: followed)
    func followsURLsOnTheConfiguredOrigin(next: String, base: String, expected: String) throws {
        #expect(try Endpoints(apiBaseURL: base, uploadBaseURL: base).nextPageURL(next) == expected)
    }

    @Test(arguments: refused)
    func refusesMalformedURLs(next: String, base: String) {
        let error = #expect(throws: ServerlessError.self) {
            try Endpoints(apiBaseURL: base, uploadBaseURL: base).nextPageURL(next)
        }
        guard case .refusedURL(_, "next_page_url", _)? = error else {
            Issue.record("expected a refused URL, got \(String(describing: error))")
            return
        }
        #expect(error?.description.hasSuffix("nothing was sent") == true)
    }

    @Test func requestsOnlyGoToTheAPIOrUploadHost() {
        let endpoints = Endpoints.twilio()
        #expect(endpoints.destinationProblem("https://serverless.twilio.com/v1/Services") == nil)
        #expect(endpoints.destinationProblem("https://serverless-upload.twilio.com/v1/Services/ZS1/Functions") == nil)
        #expect(endpoints.destinationProblem("https://example.com/v1/Services") != nil)
        #expect(endpoints.destinationProblem("https://u@serverless.twilio.com/v1/Services") != nil)
    }
}

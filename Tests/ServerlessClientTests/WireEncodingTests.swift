import Foundation
import NIOCore
import Testing
@testable import ServerlessClient

/// Form bodies and the `Dependencies` field, byte for byte.
@Suite struct WireEncodingTests {
    @Test func listsAreRepeatedKeysWithoutBrackets() {
        var form = FormParameters()
        form.add("FunctionVersions", each: ["ZN1", "ZN2"])
        form.add("AssetVersions", each: [])
        form.add("Runtime", "node22")
        #expect(form.encoded == "FunctionVersions=ZN1&FunctionVersions=ZN2&Runtime=node22")
    }

    @Test func valuesArePercentEncoded() {
        var form = FormParameters()
        form.add("FriendlyName", "My service & co/é+1=2")
        #expect(form.encoded == "FriendlyName=My%20service%20%26%20co%2F%C3%A9%2B1%3D2")
    }

    /// The escaping is written in Swift; Foundation's `addingPercentEncoding` with the unreserved set is
    /// the reference it must agree with, byte for byte.
    @Test(arguments: [
        "", "ZB0123456789abcdef", "plain-name_1.2~3", "a b", "100%", "é", "日本語", "👍🏽", "a/b?c#d", "\u{0}\n\t",
        "!*'();:@&=+$,/?#[]", "\u{7F}\u{80}\u{FFFF}", String(repeating: "x%", count: 500),
    ])
    func escapingAgreesWithFoundation(text: String) {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        #expect(FormParameters.escape(text) == text.addingPercentEncoding(withAllowedCharacters: unreserved))
    }

    @Test func booleansDatesAndMissingValues() {
        var form = FormParameters()
        form.add("IncludeCredentials", true)
        form.add("UiEditable", false)
        form.add("Skipped", nil as String?)
        form.add("StartDate", Date(timeIntervalSince1970: 1_541_880_000))
        #expect(form.encoded == "IncludeCredentials=true&UiEditable=false&StartDate=2018-11-10T20%3A00%3A00Z")
    }

    static let expectedWire = #"[{"name":"twilio","version":"3.29.2"},{"name":"@twilio/runtime-handler","version":"1.0.1"}]"#

    @Test func dependenciesFromListOfRecords() throws {
        let fromLiteral: Dependencies = [
            Dependency(name: "twilio", version: "3.29.2"),
            Dependency(name: "@twilio/runtime-handler", version: "1.0.1"),
        ]
        #expect(fromLiteral.wireValue == Self.expectedWire)
        let fromJSON = try Dependencies.parse(
            json: #"[{"name": "twilio", "version": "3.29.2"}, {"name": "@twilio/runtime-handler", "version": "1.0.1"}]"#)
        #expect(fromJSON.wireValue == Self.expectedWire)
    }

    @Test func dependenciesFromNameToVersionRecord() throws {
        let fromLiteral: Dependencies = ["twilio": "3.29.2", "@twilio/runtime-handler": "1.0.1"]
        #expect(fromLiteral.wireValue == Self.expectedWire)
        // A JSON object has no order: entries are sorted by name.
        let fromJSON = try Dependencies.parse(json: #"{"twilio": "3.29.2", "@twilio/runtime-handler": "1.0.1"}"#)
        #expect(fromJSON.entries.map(\.name) == ["@twilio/runtime-handler", "twilio"])
        #expect(Dependencies(["b": "2", "a": "1"]).wireValue == #"[{"name":"a","version":"1"},{"name":"b","version":"2"}]"#)
    }

    @Test func dependenciesEncodeAsTheAPIListShape() throws {
        let dependencies: Dependencies = ["twilio": "5.3.0"]
        let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(dependencies)) as? [[String: String]]
        #expect(json == [["name": "twilio", "version": "5.3.0"]])
    }

    @Test func malformedDependenciesAreRejected() {
        #expect(throws: (any Error).self) { try Dependencies.parse(json: #"{"twilio": 5}"#) }
        #expect(throws: (any Error).self) { try Dependencies.parse(json: "not json") }
    }

    @Test func multipartUploadCarriesPathVisibilityAndFile() throws {
        let upload = try MultipartUpload(
            path: "/hello", visibility: .protected, content: Data("exports.handler = 1".utf8),
            fileName: "hello.js", contentType: "application/javascript")
        let text = String(buffer: upload.body)
        #expect(upload.contentType == "multipart/form-data; boundary=\(upload.boundary)")
        #expect(text.contains("name=\"Path\"\r\n\r\n/hello\r\n"))
        #expect(text.contains("name=\"Visibility\"\r\n\r\nprotected\r\n"))
        #expect(text.contains("name=\"Content\"; filename=\"hello.js\""))
        #expect(text.contains("Content-Type: application/javascript\r\n\r\nexports.handler = 1\r\n"))
        #expect(text.hasSuffix("--\(upload.boundary)--\r\n"))
    }
}

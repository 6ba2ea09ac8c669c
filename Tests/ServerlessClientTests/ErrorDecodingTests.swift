import Foundation
import Testing
@testable import ServerlessClient

/// Error bodies in every shape seen, and how errors read.
@Suite struct ErrorDecodingTests {
    static let request = ServerlessError.Request(method: "POST", path: "/v1/Services/ZS1/Builds", attempts: 1)

    func failure(_ status: Int, _ body: String, reason: String = "Error") -> ServerlessError.APIFailure {
        APIErrorBody.failure(status: status, reason: reason, body: Data(body.utf8), request: Self.request)
    }

    @Test func classicShape() {
        let failure = failure(404, """
            {"code": 20404, "message": "The requested resource /Services/ZS1 was not found",
             "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}
            """)
        #expect(failure.status == 404)
        #expect(failure.code == 20404)
        #expect(failure.message == "The requested resource /Services/ZS1 was not found")
        #expect(failure.moreInfo == "https://www.twilio.com/docs/errors/20404")
        #expect(failure.request == Self.request)
    }

    @Test func camelCase429Shape() {
        let failure = failure(429, """
            {"status":429,"message":"Too many requests","detail":"Retry later","code":20429,
             "moreInfo":"https://www.twilio.com/docs/errors/20429"}
            """)
        #expect(failure.code == 20429)
        #expect(failure.message == "Too many requests")
        #expect(failure.detail == "Retry later")
        #expect(failure.moreInfo == "https://www.twilio.com/docs/errors/20429")
    }

    @Test func detailsObjectIsKeptAsJSON() {
        let failure = failure(400, #"{"code": 20001, "message": "Invalid", "details": {"field": "Runtime"}}"#)
        #expect(failure.detail == #"{"field":"Runtime"}"#)
    }

    @Test(arguments: ["", "<html><body>Bad gateway</body></html>", "{not json"])
    func bodiesWithoutJSONFallBackToTheReason(body: String) {
        let failure = failure(502, body, reason: "Bad Gateway")
        #expect(failure.code == nil)
        #expect(failure.message == "Bad Gateway")
    }

    @Test func plainTextBodyBecomesTheMessage() {
        #expect(failure(500, "upstream exploded\n", reason: "Internal Server Error").message == "upstream exploded")
    }

    @Test func apiErrorReadsWithCodeMessageAndRequest() {
        let error = ServerlessError.api(failure(400, """
            {"code": 20001, "message": "At least one Function Version or Asset Version is required for Build",
             "more_info": "https://www.twilio.com/docs/errors/20001", "status": 400}
            """))
        #expect(error.description == "error 20001: At least one Function Version or Asset Version is required "
            + "for Build (HTTP 400, POST /v1/Services/ZS1/Builds) https://www.twilio.com/docs/errors/20001")
        #expect(error.code == 20001)
        #expect(error.status == 400)
    }

    @Test func outcomeUnknownSaysWhatToCheck() {
        let build = ServerlessError.outcomeUnknown(Self.request, reason: "the server closed the connection")
        #expect(build.description.contains("outcome unknown"))
        #expect(build.description.contains("list the builds of the service (GET /v1/Services/ZS1/Builds)"))
        let update = ServerlessError.outcomeUnknown(
            .init(method: "POST", path: "/v1/Services/ZS0123456789abcdef0123456789abcdef", attempts: 1),
            reason: "no answer in time")
        #expect(update.description.contains("fetch it"))
    }

    @Test func errorsAreComparableValues() {
        #expect(ServerlessError.timedOut(Self.request) == .timedOut(Self.request))
        #expect(ServerlessError.timedOut(Self.request) != .transport(Self.request, reason: "x"))
    }
}

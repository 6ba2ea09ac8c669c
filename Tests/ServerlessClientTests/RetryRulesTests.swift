import NIOHTTP1
import Testing
@testable import ServerlessClient

/// The backoff schedule and the retry decisions, as pure functions.
@Suite struct RetryRulesTests {
    @Test func backoffCeilingsDoubleUpToTheCap() {
        let policy = RetryPolicy.standard
        let ceilings = (0..<7).map { policy.backoffCeiling(retryIndex: $0) }
        #expect(ceilings == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(8), .seconds(8)])
    }

    @Test func fullJitterSpansZeroToTheCeiling() {
        let policy = RetryPolicy.standard
        #expect(policy.delay(retryIndex: 2, retryAfter: nil, unitRandom: 0) == .zero)
        #expect(policy.delay(retryIndex: 2, retryAfter: nil, unitRandom: 0.5) == .seconds(1))
        #expect(policy.delay(retryIndex: 2, retryAfter: nil, unitRandom: 1) == .seconds(2))
        #expect(policy.delay(retryIndex: 40, retryAfter: nil, unitRandom: 1) == .seconds(8))
    }

    @Test func retryAfterIsAMinimumPlusSmallJitter() {
        let policy = RetryPolicy.standard
        #expect(policy.delay(retryIndex: 0, retryAfter: .seconds(3), unitRandom: 0) == .seconds(3))
        #expect(policy.delay(retryIndex: 0, retryAfter: .seconds(3), unitRandom: 1) == .milliseconds(3500))
    }

    @Test func retryAfterHeaderParsing() {
        var headers = HTTPHeaders()
        headers.add(name: "Retry-After", value: "2")
        #expect(HTTPTransport.retryAfter(headers) == .seconds(2))
        headers.replaceOrAdd(name: "Retry-After", value: "Wed, 21 Oct 2015 07:28:00 GMT")
        #expect(HTTPTransport.retryAfter(headers) == nil)
    }

    static let connectFailure = TransportFailure(mayHaveReachedServer: false, isTimeout: false, reason: "refused")
    static let lostConnection = TransportFailure(mayHaveReachedServer: true, isTimeout: false, reason: "closed")
    static let readTimeout = TransportFailure(mayHaveReachedServer: true, isTimeout: true, reason: "timeout")

    struct Case: Sendable, CustomTestStringConvertible {
        var method: String
        var result: AttemptResult
        var earlier = false
        var expected: Expected
        var testDescription: String { "\(method) \(result) → \(expected)" }
    }

    enum Expected: String, Sendable { case succeed, deleted, retry, fail, unknown }

    static let cases: [Case] = [
        Case(method: "GET", result: .response(status: 200, retryAfter: nil), expected: .succeed),
        Case(method: "POST", result: .response(status: 201, retryAfter: nil), expected: .succeed),
        Case(method: "DELETE", result: .response(status: 204, retryAfter: nil), expected: .succeed),
        Case(method: "POST", result: .response(status: 429, retryAfter: .seconds(1)), expected: .retry),
        Case(method: "POST", result: .response(status: 503, retryAfter: nil), expected: .retry),
        Case(method: "GET", result: .response(status: 429, retryAfter: nil), expected: .retry),
        Case(method: "GET", result: .response(status: 500, retryAfter: nil), expected: .retry),
        Case(method: "DELETE", result: .response(status: 502, retryAfter: nil), expected: .retry),
        Case(method: "POST", result: .response(status: 500, retryAfter: nil), expected: .unknown),
        Case(method: "POST", result: .response(status: 504, retryAfter: nil), expected: .unknown),
        Case(method: "GET", result: .response(status: 404, retryAfter: nil), expected: .fail),
        Case(method: "POST", result: .response(status: 400, retryAfter: nil), expected: .fail),
        Case(method: "DELETE", result: .response(status: 404, retryAfter: nil), expected: .fail),
        Case(method: "DELETE", result: .response(status: 404, retryAfter: nil), earlier: true, expected: .deleted),
        Case(method: "POST", result: .failure(connectFailure), expected: .retry),
        Case(method: "POST", result: .failure(lostConnection), expected: .unknown),
        Case(method: "POST", result: .failure(readTimeout), expected: .unknown),
        Case(method: "GET", result: .failure(lostConnection), expected: .retry),
        Case(method: "DELETE", result: .failure(readTimeout), expected: .retry),
    ]

    @Test(arguments: cases)
    func decision(_ testCase: Case) {
        let decision = RetryDecision.decide(
            method: testCase.method, result: testCase.result, earlierMayHaveReached: testCase.earlier)
        let actual: Expected
        switch decision {
        case .succeed: actual = .succeed
        case .succeedAlreadyDeleted: actual = .deleted
        case .retry: actual = .retry
        case .failWithResponse: actual = .fail
        case .failOutcomeUnknown: actual = .unknown
        }
        #expect(actual == testCase.expected)
    }

    @Test func pollScheduleGrowsToItsCap() {
        let schedule = BuildPollSchedule.standard
        let waits = (0..<8).map { schedule.interval(afterPoll: $0) }
        #expect(waits[0] == .milliseconds(500))
        #expect(waits[1] == .milliseconds(750))
        #expect(waits[2] == .milliseconds(1125))
        #expect(waits[6...].allSatisfy { $0 == .seconds(4) })
        #expect(zip(waits, waits.dropFirst()).allSatisfy { $0 <= $1 })
    }
}

import Foundation
@testable import FrontierCore
@testable import FrontierLive
import TestSupport
import Testing

/// What the test server sends for `/data` and `/dated`.
private let body = Array("{\"schema\": 1}\n".utf8)
private let lastModified = "Sun, 29 Nov 2026 02:00:00 GMT"
/// The server's `Date` header, 2026-11-29T02:15:00Z.
private let serverDate = Date(timeIntervalSince1970: 1_795_918_500)

@Suite struct HTTPFetcherTests {
    @Test func aFirstFetchGetsTheBodyAndValidatorsAndTheNextSendsThemBackAndGetsA304() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let fetcher = HTTPFetcher()

        let first = await fetcher.fetch(server.url("/data"), validators: nil)
        let validators = Validators(entityTag: "\"v1\"", lastModified: lastModified)
        #expect(first == .fetched(FetchedBody(url: server.url("/data"), body: body, validators: validators, serverDate: serverDate)))

        let second = await fetcher.fetch(server.url("/data"), validators: validators)
        #expect(second == .notModified(validators))

        let seen = server.requests()
        try #require(seen.count == 2)
        #expect(seen[0].headers["if-none-match"] == nil)
        #expect(seen[0].headers["if-modified-since"] == nil)
        #expect(seen[1].headers["if-none-match"] == "\"v1\"")
        #expect(seen[1].headers["if-modified-since"] == lastModified)
        #expect(seen[1].headers["user-agent"] == "frontier")
    }

    @Test func aSourceWithOnlyLastModifiedIsStillAskedConditionally() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let fetcher = HTTPFetcher()
        guard case let .fetched(fetched) = await fetcher.fetch(server.url("/dated"), validators: nil) else {
            Issue.record("the first fetch brought no body")
            return
        }
        #expect(fetched.validators == Validators(entityTag: nil, lastModified: lastModified))
        #expect(await fetcher.fetch(server.url("/dated"), validators: fetched.validators) == .notModified(fetched.validators))
        #expect(server.requests().last?.headers["if-none-match"] == nil)
    }

    @Test func aServerErrorFailsWithTheURLAndStatusAndEachFailureInARowDoublesTheWait() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let fetcher = HTTPFetcher()
        let schedule = PollSchedule(refreshInterval: .seconds(300))
        let url = server.url("/error")

        let first = await fetcher.fetch(url, validators: nil)
        #expect(first == .failed(FetchFailure(url: url, reason: .status(500))))
        if case let .failed(failure) = first {
            #expect(failure.description == "could not fetch http://127.0.0.1:\(server.port)/error: HTTP 500 Internal Server Error")
        }
        let afterFirst = first.outcome(afterConsecutiveFailures: 0)
        #expect(afterFirst == .failed(consecutive: 1))
        #expect(schedule.delay(after: afterFirst) == .seconds(5))

        let second = await fetcher.fetch(url, validators: nil)
        let afterSecond = second.outcome(afterConsecutiveFailures: afterFirst.consecutiveFailures)
        #expect(afterSecond == .failed(consecutive: 2))
        #expect(schedule.delay(after: afterSecond) == .seconds(10))

        let recovered = await fetcher.fetch(server.url("/data"), validators: nil)
        #expect(recovered.outcome(afterConsecutiveFailures: afterSecond.consecutiveFailures) == .fetched)
    }

    @Test func tooManyRequestsWithRetryAfterSecondsIsThrottledForExactlyThatLong() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let url = server.url("/throttled")
        let result = await HTTPFetcher().fetch(url, validators: nil)
        #expect(result == .throttled(retryAfter: .seconds(2), FetchFailure(url: url, reason: .status(429))))
        let ended = Date(timeIntervalSince1970: 1_000)
        #expect(PollSchedule(refreshInterval: .seconds(1)).nextFetch(after: result.outcome(afterConsecutiveFailures: 4), endedAt: ended)
            == ended.addingTimeInterval(2))
    }

    @Test func aRetryAfterDateIsMeasuredFromTheServersOwnDateNotTheLocalClock() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let url = server.url("/unavailable-until")
        // The local clock is a day off; the server's Date header (02:15:00) and its Retry-After
        // (02:16:30) still agree on a 90 second wait.
        let fetcher = HTTPFetcher(now: { serverDate.addingTimeInterval(86_400) })
        let result = await fetcher.fetch(url, validators: nil)
        #expect(result == .throttled(retryAfter: .seconds(90), FetchFailure(url: url, reason: .status(503))))
    }

    @Test func serviceUnavailableWithoutRetryAfterIsAnOrdinaryFailure() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let url = server.url("/unavailable")
        #expect(await HTTPFetcher().fetch(url, validators: nil) == .failed(FetchFailure(url: url, reason: .status(503))))
    }

    @Test func aServerSlowerThanTheTimeoutFailsAsATimeoutWithoutWaitingForIt() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let url = server.url("/slow")
        // The server answers after 3 s, so a timeout failure is itself the proof that the fetch
        // did not wait for it; a wall-clock bound would only add flakiness under a busy test run.
        let result = await HTTPFetcher(timeout: .milliseconds(500)).fetch(url, validators: nil)
        #expect(result == .failed(FetchFailure(url: url, reason: .timedOut(after: .milliseconds(500)))))
        if case let .failed(failure) = result {
            #expect(failure.description.hasSuffix("/slow: no answer within 0.5 s"))
        }
    }

    @Test func aBodyCutShortOfItsContentLengthIsAFailureNotAShortBody() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let url = server.url("/truncated")
        let result = await HTTPFetcher().fetch(url, validators: nil)
        #expect(result == .failed(FetchFailure(url: url, reason: .truncated(expected: 100, received: 10))))
    }

    @Test func aStoppedServerIsAConnectionFailure() async throws {
        let server = try LocalHTTPServer()
        let url = server.url("/data")
        server.stop()
        let result = await HTTPFetcher(timeout: .seconds(2)).fetch(url, validators: nil)
        #expect(result == .failed(FetchFailure(url: url, reason: .transport("could not connect to the server"))))
    }

    @Test func offlineStartShowsTheLastGoodCopyAndItsValidatorsStillEarnA304Later() async throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path + "/frontier")
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let url = server.url("/data")
        let fetchedAt = Date(timeIntervalSince1970: 1_795_918_600)

        guard case let .fetched(fetched) = await HTTPFetcher().fetch(url, validators: nil) else {
            Issue.record("the first fetch brought no body")
            return
        }
        try cache.store(fetched.cachedCopy(fetchedAt: fetchedAt))

        // The next run starts with the server unreachable.
        server.stop()
        let offline = await HTTPFetcher(timeout: .seconds(2)).fetch(url, validators: cache.load(url)?.validators)
        #expect(offline.outcome(afterConsecutiveFailures: 0) == .failed(consecutive: 1))
        let shown = try #require(cache.load(url))
        #expect(shown == CachedCopy(url: url, body: body, validators: fetched.validators, fetchedAt: fetchedAt))
    }

    @Test func aRestartSendsTheCachedValidatorsSoAnUnchangedSourceCostsNoBody() async throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path)
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let url = server.url("/data")
        guard case let .fetched(fetched) = await HTTPFetcher().fetch(url, validators: nil) else {
            Issue.record("the first fetch brought no body")
            return
        }
        try cache.store(fetched.cachedCopy(fetchedAt: serverDate))
        let restarted = await HTTPFetcher().fetch(url, validators: cache.load(url)?.validators)
        #expect(restarted == .notModified(fetched.validators))
    }

    @Test(arguments: ["file:///etc/hosts", "ftp://127.0.0.1/data", "data"])
    func onlyHTTPURLsAreFetched(text: String) async throws {
        let url = try #require(URL(string: text))
        guard case let .failed(failure) = await HTTPFetcher().fetch(url, validators: nil),
              case .unsupportedScheme = failure.reason else {
            Issue.record("\(text) was not refused")
            return
        }
    }

    @Test func aPasswordInTheURLIsMaskedInTheMessage() throws {
        let url = try #require(URL(string: "https://ada:secret@example.org/data.json"))
        let failure = FetchFailure(url: url, reason: .status(401))
        #expect(failure.description == "could not fetch https://ada:***@example.org/data.json: HTTP 401 Unauthorized")
    }
}

import Foundation
import Testing
@testable import FrontierCore
@testable import FrontierLive

private typealias H = SourcesHarness

/// A data URL polled with `--refresh 4`: the first backoff is half a second, doubling up to
/// the refresh, each shortened by up to a fifth for jitter.
@Suite struct PollingTests {
    /// Opened at 0 with nothing cached, and its first fetch (due at once) started.
    private func polling(refresh: Duration = .seconds(4)) -> (H, SourceEffect.Fetch?) {
        var sources = H(data: [.url(H.dataURL)], refresh: refresh)
        sources.open(at: 0)
        let fetch = sources.pass(at: 0).fetches.first
        return (sources, fetch)
    }

    @Test func aURLWithoutACachedCopyIsFetchedAsSoonAsTheLoopRuns() {
        let (sources, fetch) = polling()
        #expect(fetch == SourceEffect.Fetch(role: .data(0), url: H.dataURL, validators: nil, feedName: nil))
        #expect(sources.state.statuses.map(\.state) == [.waiting])
        #expect(sources.state.poll(.data(0))?.inFlight == true)
        #expect(sources.state.deadline == nil, "no timer while the only fetch runs")
    }

    @Test func aFetchInFlightIsNotStartedAgain() {
        var (sources, _) = polling()
        #expect(sources.pass(at: 10).fetches.isEmpty)
    }

    @Test func errorsBackOffDoublingUpToTheRefresh() {
        var (sources, _) = polling()
        var waits: [Double] = []
        var now = 0.0
        for _ in 0..<5 {
            sources.answer(.data(0), with: .failed(H.failure(.status(500))), at: now)
            waits.append(H.seconds(sources.state.poll(.data(0))!.next - H.at(now)))
            now += waits.last!
            #expect(sources.pass(at: now - 0.001).fetches.isEmpty, "not before its time")
            #expect(sources.pass(at: now).fetches.count == 1)
        }
        #expect(waits == [0.5, 1, 2, 4, 4])
        #expect(sources.state.poll(.data(0))?.failures == 5)
    }

    @Test func jitterShortensABackoffByUpToAFifth() {
        var (early, _) = polling()
        early.answer(.data(0), with: .failed(H.failure(.status(500))), at: 0, randomUnit: 0)
        #expect(early.state.poll(.data(0))?.next == H.at(0.5))
        var (late, _) = polling()
        late.answer(.data(0), with: .failed(H.failure(.status(500))), at: 0, randomUnit: 1)
        #expect(late.state.poll(.data(0))?.next == H.at(0.4))
        var (between, _) = polling()
        between.answer(.data(0), with: .failed(H.failure(.status(500))), at: 0, randomUnit: 0.5)
        #expect(between.state.poll(.data(0))?.next == H.at(0.45))
    }

    @Test func aFailureIsReportedWithTheWaitBeforeJitter() {
        var (sources, _) = polling()
        let effects = sources.answer(.data(0), with: .failed(H.failure(.status(500))), at: 0, randomUnit: 1)
        #expect(effects.failureMessages == ["\(H.dataURL.absoluteString): HTTP 500 Internal Server Error; trying again in about 0.5s"])
        #expect(sources.state.statuses.map(\.state) == [.failed(message: "HTTP 500 Internal Server Error", lastGood: nil)])
    }

    @Test func aSuccessAfterErrorsEndsTheBackoff() {
        var (sources, _) = polling()
        sources.answer(.data(0), with: .failed(H.failure(.status(502))), at: 0)
        sources.pass(at: 0.5)
        sources.answer(.data(0), with: .failed(H.failure(.status(502))), at: 0.5)
        sources.pass(at: 1.5)
        sources.answer(.data(0), with: .fetched(H.body("Back")), at: 1.5)
        #expect(sources.state.poll(.data(0)) == SourcesState.Poll(next: H.at(5.5), failures: 0, inFlight: false))
        sources.pass(at: 5.5)
        sources.answer(.data(0), with: .failed(H.failure(.status(502))), at: 5.5)
        #expect(sources.state.poll(.data(0))?.next == H.at(6), "a new run of failures starts from the first backoff")
    }

    @Test func retryAfterIsHonouredOverAShorterRefresh() {
        var (sources, _) = polling(refresh: .milliseconds(500))
        let effects = sources.answer(.data(0), with: .throttled(retryAfter: .seconds(2), H.failure(.status(429))), at: 0, randomUnit: 1)
        #expect(sources.state.poll(.data(0))?.next == H.at(2), "jitter never shortens what the server asked")
        #expect(effects.failureMessages == ["\(H.dataURL.absoluteString): HTTP 429 Too Many Requests; the server asked to wait 2s"])
        #expect(sources.pass(at: 1.999).fetches.isEmpty)
        #expect(sources.pass(at: 2).fetches.count == 1)
        #expect(sources.state.poll(.data(0))?.failures == 0, "being asked to wait is not a failure")
    }

    @Test func retryAfterLongerThanTheBackoffCapIsStillHonoured() {
        var (sources, _) = polling()
        sources.answer(.data(0), with: .throttled(retryAfter: .seconds(120), H.failure(.status(503))), at: 0)
        #expect(sources.state.poll(.data(0))?.next == H.at(120))
    }

    @Test func retryAfterZeroWaitsAtLeastTheFirstBackoff() {
        var (sources, _) = polling(refresh: .milliseconds(500))
        sources.answer(.data(0), with: .throttled(retryAfter: .zero, H.failure(.status(429))), at: 0)
        #expect(sources.state.poll(.data(0))?.next == H.at(0.5))
        #expect(sources.pass(at: 0.25).fetches.isEmpty, "no request loop")
    }

    @Test func aNotModifiedAnswerKeepsTheBodyAndTakesTheNewValidators() {
        var sources = H(data: [.url(H.dataURL)])
        sources.send(.cachedCopyRead(.data(0), H.body("Cached").cachedCopy(fetchedAt: H.date(-600))))
        sources.open(at: 0)
        let fetch = sources.pass(at: 0).fetches.first
        #expect(fetch?.validators == Validators(entityTag: "\"v1\""), "the cached ETag is sent back")
        let renewed = Validators(entityTag: "\"v1\"", lastModified: "Thu, 01 Jan 2026 00:00:00 GMT")
        let effects = sources.answer(.data(0), with: .notModified(renewed), at: 1)
        #expect(effects.isEmpty, "nothing to load, cache or report")
        #expect(sources.state.data[0].body == Array(H.dataset(headline: "Cached").utf8))
        #expect(sources.state.data[0].validators == renewed)
        #expect(sources.state.statuses.map(\.state) == [.fetched(at: H.date(1), status: 304)])
        #expect(sources.state.poll(.data(0))?.next == H.at(5), "the next fetch is a refresh later")
        #expect(sources.pass(at: 5).fetches.first?.validators == renewed)
    }

    @Test func aFetchedFeedReplacesItsRecordsAndIsCached() {
        var sources = H(feeds: [.url(H.feedURL)], embedded: H.dataset(headline: "Base"))
        sources.open(at: 0)
        #expect(sources.pass(at: 0).fetches.first?.feedName == H.feedURL.absoluteString)
        let first = FetchedBody(url: H.feedURL, body: Array((H.newsLine("r1", "One") + H.newsLine("r2", "Two")).utf8),
                                validators: Validators(entityTag: "\"a\""), serverDate: nil)
        let effects = sources.answer(.feed(0), with: .fetched(first), at: 1)
        #expect(effects.cacheStores == [first.cachedCopy(fetchedAt: H.date(1))])
        sources.finishLoad(in: sources.pass(at: 1), at: 1)
        #expect(sources.state.headlines == ["Base", "One", "Two"])
        sources.pass(at: 5)
        let second = FetchedBody(url: H.feedURL, body: Array(H.newsLine("r2", "Two").utf8), validators: Validators(), serverDate: nil)
        sources.answer(.feed(0), with: .fetched(second), at: 5)
        sources.finishLoad(in: sources.pass(at: 5), at: 5)
        #expect(sources.state.headlines == ["Base", "Two"], "a feed fetched whole holds what it holds now")
        #expect(sources.state.statuses.map(\.state) == [.fetched(at: H.date(5), status: 200)])
    }
}

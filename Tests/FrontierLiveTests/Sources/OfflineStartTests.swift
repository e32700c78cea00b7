import Foundation
import Testing
@testable import FrontierCore
@testable import FrontierLive

private typealias H = SourcesHarness

/// A URL starts from its cached copy, and a server that cannot be reached leaves it on show.
@Suite struct OfflineStartTests {
    static let cachedAt = H.date(-3600)

    /// A data URL opened at 0 from a copy cached an hour earlier.
    private func fromCache() -> H {
        var sources = H(data: [.url(H.dataURL)])
        sources.send(.cachedCopyRead(.data(0), H.body("Cached").cachedCopy(fetchedAt: Self.cachedAt)))
        sources.open(at: 0)
        return sources
    }

    @Test func theCachedCopyIsOnShowAtOnceAndConfirmedSoon() {
        var sources = fromCache()
        #expect(sources.state.baseDiagnostics.isEmpty)
        #expect(sources.state.headlines == ["Cached"])
        #expect(sources.state.hasBody(.url(H.dataURL)))
        #expect(sources.state.statuses.map(\.state) == [.waiting])
        #expect(sources.state.deadline == H.at(0))
        #expect(sources.pass(at: 0).fetches.count == 1)
    }

    @Test func anUnreachableServerIsOfflineWithTheCachedCopyOnShow() {
        var sources = fromCache()
        sources.pass(at: 0)
        let effects = sources.answer(.data(0), with: .failed(H.failure(.transport("could not connect"))), at: 1)
        #expect(sources.state.statuses.map(\.state) == [.offline(cachedAt: Self.cachedAt)])
        #expect(sources.state.headlines == ["Cached"])
        #expect(effects.loads.isEmpty && effects.cacheStores.isEmpty)
        #expect(sources.state.cachedCopyNotices()
            == ["frontier: \(H.dataURL.absoluteString): could not connect; showing the copy cached at 2025-12-31T23:00:00Z"])
        #expect(sources.state.failure(of: .url(H.dataURL)) == "could not connect")
    }

    @Test func anErrorStatusIsAFailureThatKeepsTheCachedCopy() {
        var sources = fromCache()
        sources.pass(at: 0)
        sources.answer(.data(0), with: .failed(H.failure(.status(503))), at: 1)
        #expect(sources.state.statuses.map(\.state) == [.failed(message: "HTTP 503 Service Unavailable", lastGood: Self.cachedAt)])
        #expect(sources.state.headlines == ["Cached"])
    }

    @Test func anUnreachableServerWithNothingCachedIsAFailureNotOffline() {
        var sources = H(data: [.url(H.dataURL)])
        sources.open(at: 0)
        sources.pass(at: 0)
        sources.answer(.data(0), with: .failed(H.failure(.timedOut(after: .seconds(30)))), at: 30)
        #expect(sources.state.statuses.map(\.state) == [.failed(message: "no answer within 30 s", lastGood: nil)])
        #expect(sources.state.cachedCopyNotices().isEmpty)
        #expect(!sources.state.hasBody(.url(H.dataURL)))
    }

    @Test func aOneShotStartThatCannotConnectShowsTheCachedCopyAndSaysSo() {
        var sources = H(data: [.url(H.dataURL)])
        sources.send(.cachedCopyRead(.data(0), H.body("Cached").cachedCopy(fetchedAt: Self.cachedAt)))
        let effects = sources.send(.fetchedAtStart(.data(0), .failed(H.failure(.transport("could not connect"))), at: H.date(0)))
        #expect(effects.isEmpty)
        sources.open(at: 0, fetchedNow: true)
        #expect(sources.state.headlines == ["Cached"])
        #expect(sources.state.statuses.map(\.state) == [.offline(cachedAt: Self.cachedAt)])
        #expect(sources.state.cachedCopyNotices().count == 1)
        #expect(sources.state.deadline == H.at(4), "fetched at start, so fetched again a refresh later")
    }

    @Test func aOneShotStartTakesTheFetchedBodyAndCachesItAtOnce() {
        var sources = H(data: [.url(H.dataURL)])
        let body = H.body("Fresh")
        let effects = sources.send(.fetchedAtStart(.data(0), .fetched(body), at: H.date(0)))
        #expect(effects.cacheStores == [body.cachedCopy(fetchedAt: H.date(0))])
        sources.open(at: 0, fetchedNow: true)
        #expect(sources.state.headlines == ["Fresh"])
        #expect(sources.state.statuses.map(\.state) == [.fetched(at: H.date(0), status: 200)])
    }

    @Test func aFetchedBodyIsCachedOnlyOnceItLoads() {
        var sources = fromCache()
        sources.pass(at: 0)
        let body = H.body("Fresh", etag: "\"v2\"")
        #expect(sources.answer(.data(0), with: .fetched(body), at: 1).cacheStores.isEmpty)
        let load = sources.pass(at: 1)
        #expect(load.loads.first?.inputs == [.bytes(name: H.dataURL.absoluteString, body.body)])
        let shown = sources.finishLoad(in: load, at: 2)
        #expect(shown.cacheStores == [body.cachedCopy(fetchedAt: H.date(2))])
        #expect(shown.loadedHeadlines == [["Fresh"]])
        #expect(sources.state.statuses.map(\.state) == [.fetched(at: H.date(2), status: 200)])
        #expect(sources.state.data[0].validators == Validators(entityTag: "\"v2\""))
    }

    @Test func aCachedFeedStartsWithItsRecords() {
        var sources = H(feeds: [.url(H.feedURL)], embedded: H.dataset(headline: "Base"))
        let copy = CachedCopy(url: H.feedURL, body: Array((H.newsLine("r1", "Kept") + "not json\n").utf8),
                              validators: Validators(entityTag: "\"f\""), fetchedAt: Self.cachedAt)
        sources.send(.cachedCopyRead(.feed(0), copy))
        sources.open(at: 0)
        #expect(sources.state.headlines == ["Base", "Kept"])
        #expect(sources.state.initialProblems.isEmpty, "its bad lines were said when it was fetched")
        #expect(sources.pass(at: 0).fetches.first?.validators == Validators(entityTag: "\"f\""))
    }
}

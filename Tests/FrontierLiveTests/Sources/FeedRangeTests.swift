import Foundation
import Testing
@testable import FrontierCore
@testable import FrontierLive

private typealias H = SourcesHarness

/// A feed over HTTP is fetched whole once, then only what is appended to it.
@Suite struct FeedRangeTests {
    static let held = H.newsLine("r1", "One") + H.newsLine("r2", "Two")

    /// A feed URL fetched whole at 1, with a data URL beside it.
    private func fetchedOnce() -> H {
        var sources = H(data: [.url(H.dataURL)], feeds: [.url(H.feedURL)])
        sources.open(at: 0)
        sources.pass(at: 0)
        sources.answer(.data(0), with: .fetched(H.body("Base")), at: 0.5)
        sources.finishLoad(in: sources.pass(at: 0.5), at: 0.5)
        let whole = FetchedBody(url: H.feedURL, body: Array(Self.held.utf8), validators: Validators(entityTag: "\"a\""), serverDate: nil)
        sources.answer(.feed(0), with: .fetched(whole), at: 1)
        sources.finishLoad(in: sources.pass(at: 1), at: 1)
        return sources
    }

    @Test func theNextFetchAsksOnlyForWhatFollowsTheBodyHeld() throws {
        var sources = fetchedOnce()
        let fetch = try #require(sources.pass(at: 6).fetches.first { $0.role == .feed(0) })
        #expect(fetch.resume == FetchResume(after: Array(Self.held.utf8)))
        #expect(fetch.heldLines == 2)
        #expect(fetch.validators == Validators(entityTag: "\"a\""))
    }

    @Test func appendedLinesAreAddedNumberedAfterTheHeldOnesAndTheWholeIsCached() {
        var sources = fetchedOnce()
        sources.pass(at: 6)
        let appended = FetchedBody(url: H.feedURL, body: Array(H.newsLine("r3", "Three").utf8),
                                   validators: Validators(entityTag: "\"b\""), serverDate: nil, resumedFrom: Self.held.utf8.count)
        let effects = sources.answer(.feed(0), with: .fetched(appended), at: 6)
        #expect(effects.cacheStores.map(\.body) == [Array((Self.held + H.newsLine("r3", "Three")).utf8)])
        sources.finishLoad(in: sources.pass(at: 6), at: 6)
        #expect(sources.state.headlines == ["Base", "One", "Two", "Three"])
        #expect(sources.state.feeds[0].health == .fetched(at: H.date(6), status: 206))
        #expect(sources.pass(at: 11).fetches.first { $0.role == .feed(0) }?.heldLines == 3)
    }

    @Test func aBadAppendedLineIsNamedByItsLineInTheWholeFeed() {
        var sources = fetchedOnce()
        sources.pass(at: 6)
        let appended = FetchedBody(url: H.feedURL, body: Array("{not json\n".utf8), validators: Validators(), serverDate: nil,
                                   resumedFrom: Self.held.utf8.count)
        sources.answer(.feed(0), with: .fetched(appended), at: 6)
        #expect(sources.state.pendingProblems.map(\.line) == [3])
    }

    /// A journal compacted on the server comes back whole and shorter: its records moved into
    /// the data, so the data is fetched now rather than a refresh later.
    @Test func aFeedReplacedRatherThanGrownFetchesTheDataNow() throws {
        var sources = fetchedOnce()
        // Both are due at 5; the data answers first and is next due a refresh later.
        #expect(Set(sources.pass(at: 5).fetches.map(\.role)) == [.data(0), .feed(0)])
        sources.answer(.data(0), with: .notModified(Validators(entityTag: "\"v1\"")), at: 5)
        #expect(sources.state.polls[.data(0)]?.next == H.at(9))
        let replaced = FetchedBody(url: H.feedURL, body: [], validators: Validators(entityTag: "\"c\""), serverDate: nil)
        sources.answer(.feed(0), with: .fetched(replaced), at: 5.5)
        #expect(sources.pass(at: 5.5).fetches.map(\.role) == [.data(0)])
    }

    @Test func aFeedThatGrewWhenFetchedWholeLeavesTheDataAlone() {
        var sources = fetchedOnce()
        sources.pass(at: 5)
        sources.answer(.data(0), with: .notModified(Validators(entityTag: "\"v1\"")), at: 5)
        let grown = FetchedBody(url: H.feedURL, body: Array((Self.held + H.newsLine("r3", "Three")).utf8),
                                validators: Validators(entityTag: "\"d\""), serverDate: nil)
        sources.answer(.feed(0), with: .fetched(grown), at: 5.5)
        #expect(sources.pass(at: 5.5).fetches.isEmpty)
        #expect(sources.state.polls[.data(0)]?.next == H.at(9))
    }
}

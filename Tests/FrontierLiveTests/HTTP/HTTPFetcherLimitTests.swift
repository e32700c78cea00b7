import Foundation
@testable import FrontierCore
@testable import FrontierLive
import Testing

/// A body larger than the fetcher's limit ends the fetch with `.tooLarge`, whatever the server keeps sending.
@Suite struct HTTPFetcherLimitTests {
    @Test func aBodyThatNeverEndsStopsAtTheLimitInsteadOfGrowing() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        // Without the limit this body ends after 64 MB, as a body: the reason itself shows that
        // the limit ended it, with no clock to misjudge a loaded machine.
        let fetcher = HTTPFetcher(timeout: .seconds(120), maxBodyBytes: 1 << 20)
        let result = await fetcher.fetch(server.url("/endless"), validators: nil)
        #expect(result == .failed(FetchFailure(url: server.url("/endless"), reason: .tooLarge(limit: 1 << 20))))
        if case let .failed(failure) = result {
            #expect(failure.reason.description == "the body is larger than the input limit of 1M; raise it with --max-input-size")
        }
    }

    @Test func aContentLengthAboveTheLimitFailsBeforeTheBodyIsRead() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let fetcher = HTTPFetcher(timeout: .seconds(120), maxBodyBytes: 1 << 30)
        let result = await fetcher.fetch(server.url("/huge-length"), validators: nil)
        #expect(result == .failed(FetchFailure(url: server.url("/huge-length"), reason: .tooLarge(limit: 1 << 30))))
    }

    @Test func aBodyWithinTheLimitIsFetchedWhole() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let fetcher = HTTPFetcher(maxBodyBytes: 14)
        guard case let .fetched(body) = await fetcher.fetch(server.url("/data"), validators: nil) else {
            Issue.record("a 14-byte body under a 14-byte limit was not fetched")
            return
        }
        #expect(body.body.count == 14)
    }
}

import Foundation
@testable import FrontierCore
@testable import FrontierLive
import Testing

@Suite struct HTTPFetcherCancellationTests {
    @Test func cancellingTheCallingTaskEndsASlowFetchAsCancelledWithoutItsBody() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let url = server.url("/slow")
        let fetcher = HTTPFetcher()
        let fetch = Task { await fetcher.fetch(url, validators: nil) }
        try await Task.sleep(for: .milliseconds(200))
        fetch.cancel()
        // The server would answer with a body after 3 s; `.cancelled` means the fetch did not wait.
        #expect(await fetch.value == .failed(FetchFailure(url: url, reason: .cancelled)))
    }

    @Test func aTaskCancelledBeforeItFetchesStillEnds() async throws {
        let fetch = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await HTTPFetcher().fetch(URL(string: "http://127.0.0.1:9/never")!, validators: nil)
        }
        #expect(await fetch.value == .failed(FetchFailure(url: URL(string: "http://127.0.0.1:9/never")!, reason: .cancelled)))
    }
}

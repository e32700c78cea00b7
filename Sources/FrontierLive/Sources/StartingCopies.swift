import Foundation
import FrontierCore

/// What each URL source holds before it is followed: its cached copy and, for a command that
/// cannot wait for the background, an answer fetched now.
struct StartingCopies {
    /// Every URL source, data sources first, in command-line order.
    let urls: [(role: SourceRole, url: URL)]
    var cached: [SourceRole: CachedCopy] = [:]
    var fetched: [SourceRole: FetchResult] = [:]
    /// When the fetches began; their answers are stamped with it.
    var fetchedAt = Date()
    var fetchedNow = false

    /// Reads the cached copy of every URL source.
    init(data: [SourceAddress], feeds: [SourceAddress], cache: RemoteCache?) {
        urls = data.indices.compactMap { index in data[index].url.map { (.data(index), $0) } }
            + feeds.indices.compactMap { index in feeds[index].url.map { (.feed(index), $0) } }
        for (role, url) in urls {
            cached[role] = cache?.load(url)
        }
    }

    /// Fetches every URL once, one after another, sending the cached validators: blocks on the
    /// network, for one-shot commands and for `watch`, which must not print what was there at start.
    mutating func fetchEach(with fetcher: HTTPFetcher) {
        fetchedAt = Date()
        fetchedNow = true
        for (role, url) in urls {
            let validators = cached[role]?.validators
            fetched[role] = AsyncBridge.wait { await fetcher.fetch(url, validators: validators) }
        }
    }
}

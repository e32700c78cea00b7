import Foundation
@testable import FrontierCore
@testable import FrontierLive

/// Drives the sources' state machine as the runtime would, with every effect answered in
/// memory: loads read data files from `files`, not the disk, and nothing sleeps.
struct SourcesHarness {
    var state: SourcesState
    /// The contents of the data files, by path, as a load reads them.
    var files: [String: String]

    /// Instants and dates as offsets from one fixed start, so no test depends on how fast it runs.
    static let start = ContinuousClock.now
    static let epoch = Date(timeIntervalSince1970: 1_767_225_600)

    static func at(_ seconds: Double) -> ContinuousClock.Instant { start + .milliseconds(Int64((seconds * 1000).rounded())) }
    static func date(_ seconds: Double) -> Date { epoch.addingTimeInterval(seconds) }
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static let dataURL = URL(string: "https://example.org/data.json")!
    static let feedURL = URL(string: "https://example.org/news.jsonl")!

    init(data: [SourceAddress] = [], feeds: [SourceAddress] = [], journals: [SourceAddress] = [], refresh: Duration = .seconds(4),
         files: [String: String] = [:], embedded: String? = nil) {
        state = SourcesState(data: data, feeds: feeds, journals: journals, refresh: refresh,
                             embedded: embedded.map { .bytes(name: "embedded dataset", Array($0.utf8)) })
        self.files = files
    }

    /// `/data/d.json` holding the news "Base" and the feed file `/data/f.jsonl` holding
    /// `feedLines`, opened at 0.
    static func dataAndFeedFile(feedLines: String = "") -> SourcesHarness {
        var sources = SourcesHarness(data: [.file("/data/d.json")], feeds: [.file("/data/f.jsonl")],
                                     files: ["/data/d.json": dataset(headline: "Base")])
        sources.send(.feedFileRead(feed: 0, lines(feedLines), exists: true))
        sources.open(at: 0)
        return sources
    }

    @discardableResult
    mutating func send(_ event: SourceEvent) -> [SourceEffect] {
        reduce(&state, event)
    }

    /// Opens the sources at `seconds`, loading the data files from `files`.
    mutating func open(at seconds: Double = 0, fetchedNow: Bool = false) {
        send(.opened(base: DatasetLoader.merger(inputs: inMemory(state.baseInputs())), at: Self.at(seconds), fetchedNow: fetchedNow))
    }

    /// The end of a wake-up at `seconds`: what is due starts.
    @discardableResult
    mutating func pass(at seconds: Double) -> [SourceEffect] {
        send(.passEnded(at: Self.at(seconds)))
    }

    /// Answers the fetch of `role` with `result` at `seconds`.
    @discardableResult
    mutating func answer(_ role: SourceRole, with result: FetchResult, at seconds: Double, randomUnit: Double = 0) -> [SourceEffect] {
        send(.fetchFinished(SourceEvent.FetchEnded(role: role, result: result, endedAt: Self.date(seconds)),
                            at: Self.at(seconds), randomUnit: randomUnit))
    }

    /// Performs the load among `effects` as the runtime's task would, and reports it ended at `seconds`.
    @discardableResult
    mutating func finishLoad(in effects: [SourceEffect], at seconds: Double) -> [SourceEffect] {
        guard let load = effects.loads.first else { return [] }
        return send(.loadFinished(loadEnded(load), at: Self.date(seconds)))
    }

    func loadEnded(_ load: SourceEffect.Load) -> SourceEvent.LoadEnded {
        load.finished(base: load.inputs.map { DatasetLoader.merger(inputs: inMemory($0)) }, derivation: nil)
    }

    /// File inputs read from `files`; a path not there reads as a file that does not parse.
    private func inMemory(_ inputs: [DatasetLoader.Input]) -> [DatasetLoader.Input] {
        inputs.map { input in
            guard case let .file(path) = input else { return input }
            return .bytes(name: path, Array((files[path] ?? "").utf8))
        }
    }

    // MARK: - Sample content

    /// A dataset with one organization and one news item.
    static func dataset(headline: String, id: String = "n1") -> String {
        """
        {"schema": 1, "organizations": [{"id": "deepseek", "name": "DeepSeek"}],
         "news": [{"id": "\(id)", "date": "2025-01-20", "headline": "\(headline)", "source": "GitHub"}]}
        """
    }

    static func body(_ headline: String, etag: String = "\"v1\"", url: URL = dataURL) -> FetchedBody {
        FetchedBody(url: url, body: Array(dataset(headline: headline).utf8), validators: Validators(entityTag: etag), serverDate: nil)
    }

    /// One JSON Lines news record.
    static func newsLine(_ id: String, _ headline: String) -> String {
        #"{"kind":"news","id":"\#(id)","date":"2025-05-01","headline":"\#(headline)","source":"Wire"}"# + "\n"
    }

    /// What a feed reader decodes from `text`.
    static func lines(_ text: String, name: String = "feed.jsonl", events: [FeedEvent] = []) -> FeedBatch {
        var stream = FeedStream(name: name)
        var batch = stream.consume(Array(text.utf8))
        batch.events = events
        return batch
    }

    static func failure(_ reason: FetchFailure.Reason, url: URL = dataURL) -> FetchFailure {
        FetchFailure(url: url, reason: reason)
    }
}

extension Array where Element == SourceEffect {
    var fetches: [SourceEffect.Fetch] {
        compactMap { if case let .fetch(fetch) = $0 { fetch } else { nil } }
    }

    var loads: [SourceEffect.Load] {
        compactMap { if case let .load(load) = $0 { load } else { nil } }
    }

    var feedReads: [Int] {
        compactMap { if case let .readFeedFile(feed) = $0 { feed } else { nil } }
    }

    var cacheStores: [CachedCopy] {
        compactMap { if case let .storeInCache(copy) = $0 { copy } else { nil } }
    }

    var reports: [SourceUpdate] {
        compactMap { if case let .report(update) = $0 { update } else { nil } }
    }

    /// The headlines of each dataset reported loaded.
    var loadedHeadlines: [[String]] {
        reports.compactMap { if case let .loaded(dataset, _, _) = $0 { dataset.news.map(\.headline) } else { nil } }
    }

    /// The messages of each failure reported, diagnostics and fetch failures alike.
    var failureMessages: [String] {
        reports.compactMap { update in
            switch update {
            case let .failed(diagnostics): diagnostics.map(\.message).joined(separator: " | ")
            case let .fetchFailed(source, message): "\(source): \(message)"
            case .loaded: nil
            }
        }
    }
}

extension SourcesState {
    /// The headlines on show.
    var headlines: [String] { dataset.news.map(\.headline) }

    func poll(_ role: SourceRole) -> Poll? { polls[role] }
}

import Foundation
import FrontierCore

/// Every followed source and how it stands, as one value: the live sources' state machine.
///
/// Changed only by `reduce(_:_:)`, which takes a `SourceEvent` and returns the `SourceEffect`s
/// the runtime performs (`LiveSources` in the executable). Each source's health, its poll
/// schedule and failures, the debounced file changes, the fetched bodies waiting to load, the
/// feeds' records and which merge is on show all live here, so every rule about them (backoff,
/// `Retry-After`, 304, the last-good rule, truncated and rotated feeds) is a pure function that
/// tests step through without a network, a file system or a clock.
public struct SourcesState: Sendable {
    /// A `--data` source.
    public struct DataSource: Sendable {
        public let address: SourceAddress
        /// The last good body of a URL source; files are read from disk on each load.
        public internal(set) var body: [UInt8]?
        public internal(set) var validators: Validators?
        public internal(set) var health: SourceStatus.State = .waiting
    }

    /// A `--feed` source.
    public struct FeedSource: Sendable {
        public let address: SourceAddress
        public internal(set) var validators: Validators?
        /// Files and stdin show what they append at once, so they start live; a URL waits for its first answer.
        public internal(set) var health: SourceStatus.State
        /// The last whole body of a URL feed, to fetch only what is appended to it.
        public private(set) var body: [UInt8]?
        /// The lines `body` holds, so lines appended to it are numbered after them; counted as
        /// bytes arrive, not on every poll.
        public private(set) var bodyLines = 0

        /// Holds `bytes` as the whole body (nil: none).
        mutating func hold(_ bytes: [UInt8]?) {
            body = bytes
            bodyLines = bytes.map(Self.lines) ?? 0
        }

        /// Adds bytes appended to the body held.
        mutating func holdAppended(_ bytes: [UInt8]) {
            body = (body ?? []) + bytes
            bodyLines += Self.lines(bytes)
        }

        private static func lines(_ bytes: [UInt8]) -> Int {
            bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        /// The journal of a `--data` file (`Journal`), followed without being named on the
        /// command line: it is not listed among the sources, and no journal is no problem.
        public let isJournal: Bool
        /// Whether the file was there when last read; a journal that goes away had records to take back.
        var existed = false
    }

    /// When a URL is fetched next, and how the last fetches went.
    public struct Poll: Hashable, Sendable {
        public internal(set) var next: ContinuousClock.Instant
        public internal(set) var failures = 0
        public internal(set) var inFlight = false
    }

    /// What a background load in progress was started with, to judge its result by.
    struct Load: Sendable {
        /// The fetched bodies it tries, by data source; empty when the base was not loaded again.
        var candidates: [Int: FetchedBody]
        /// The feed generation it merged.
        var feedGeneration: Int
        /// Bad feed lines read with the records it merged, shown with it.
        var problems: [Diagnostic]
        /// The journals that had started over when it began loading the data files again: a
        /// load that succeeds shows their new records in place of the old.
        var journalRestarts: Set<Int> = []
    }

    public internal(set) var data: [DataSource]
    public internal(set) var feeds: [FeedSource]
    /// The base every load starts from, under the data sources (the embedded dataset, when no
    /// `--data` was given; the user's dataset, if any, is then the one data source).
    let embedded: DatasetLoader.Input?
    public let schedule: PollSchedule
    /// Each URL's schedule, from the moment the sources opened.
    public internal(set) var polls: [SourceRole: Poll] = [:]
    /// The last failure of each source, kept for messages after its state moved on (offline).
    var failures: [SourceAddress: String] = [:]
    /// When the copy a URL started from was cached, until the server answers.
    var cachedAt: [SourceRole: Date] = [:]
    /// Changed files waiting to be quiet.
    public internal(set) var debouncer = Debouncer()
    /// The data sources as last loaded, with every feed record merged on top.
    public internal(set) var live = LiveData(base: DatasetMerger())
    /// Fetched data bodies waiting to be validated by the next load, by data source.
    var candidates: [Int: FetchedBody] = [:]
    /// The background load in progress, if any.
    var loading: Load?
    /// The data sources changed (a file was saved, a body was fetched): load them again.
    public internal(set) var reloadWanted = false
    /// Feed records arrived since the last merge began: merge again.
    public internal(set) var mergeWanted = false
    /// Counts feed deliveries, so a background merge can tell whether it is still current.
    public internal(set) var feedGeneration = 0
    /// The feed generation of the merge last shown.
    public internal(set) var shownGeneration = 0
    /// Journals that started over (compacted into their data file, or deleted), with what the
    /// new file holds so far, by feed: their old records stay on show until the data files
    /// load again, so nothing compacted out of a journal is missing from the screen meanwhile.
    var journalRestarts: [Int: [LocatedRecord]] = [:]
    /// Bad feed lines read since the last merge began, shown with the next one.
    public internal(set) var pendingProblems: [Diagnostic] = []
    /// The merged data as last shown.
    public internal(set) var dataset = Dataset()
    /// Problems in the data sources at start; when not empty the data does not load.
    public internal(set) var baseDiagnostics: [Diagnostic] = []
    /// Bad feed lines and feed records that refer to unknown ids, found at start.
    public internal(set) var initialProblems: [Diagnostic] = []

    /// - Parameters:
    ///   - refresh: the wait between fetches of a URL that answers (`--refresh`).
    ///   - embedded: the input every load starts from, under the data sources.
    ///   - journals: the journals of the data files (`JournalFile.path(forDataset:)`), followed as feeds.
    public init(data: [SourceAddress], feeds: [SourceAddress], journals: [SourceAddress] = [], refresh: Duration,
                embedded: DatasetLoader.Input?) {
        self.data = data.map { DataSource(address: $0) }
        // The data files' journals are followed as feeds after the named ones, so the named
        // feeds keep their positions on the command line.
        self.feeds = feeds.map { FeedSource(address: $0, health: $0.url == nil ? .live : .waiting, isJournal: false) }
            + journals.map { FeedSource(address: $0, health: .live, isJournal: true) }
        live = LiveData(base: DatasetMerger(), mergedFirst: Set(feeds.count..<(feeds.count + journals.count)))
        self.embedded = embedded
        // The first retry after an error comes soon (an eighth of the refresh, between half a
        // second and five seconds) and doubles from there up to the refresh interval.
        schedule = PollSchedule(refreshInterval: refresh, firstBackoff: min(.seconds(5), max(.milliseconds(500), refresh / 8)),
                                jitterFraction: 0.2)
    }

    /// Each source and how it stands, in command-line order, data sources first.
    public var statuses: [SourceStatus] {
        data.map { SourceStatus(name: $0.address.displayName, state: $0.health) }
            + feeds.filter { !$0.isJournal }.map { SourceStatus(name: $0.address.displayName, state: $0.health) }
    }

    /// Whether any source is a URL, polled for as long as the command runs.
    public var hasURLs: Bool {
        data.contains { $0.address.url != nil } || feeds.contains { $0.address.url != nil }
    }

    /// Whether stdin is a feed that has not ended.
    public var readsStandardInput: Bool {
        feeds.contains { feed in
            guard feed.address == .standardInput else { return false }
            if case .ended = feed.health { return false }
            return true
        }
    }

    /// Whether a background load is running.
    public var isLoading: Bool { loading != nil }

    /// When the runtime must wake: a settling file change or a URL's next fetch; nil when
    /// nothing is pending, so an idle loop sleeps.
    public var deadline: ContinuousClock.Instant? {
        let fetches = polls.values.filter { !$0.inFlight }.map(\.next)
        return (fetches + [debouncer.nextDeadline].compactMap { $0 }).min()
    }

    /// Whether nothing more can arrive other than file changes: no URLs, stdin (if any) ended,
    /// and nothing still loading or waiting to be merged.
    public var isExhausted: Bool {
        !hasURLs && !readsStandardInput && loading == nil && !mergeWanted && !reloadWanted
    }

    /// Whether a data URL has a body (fetched or cached) to show.
    public func hasBody(_ address: SourceAddress) -> Bool {
        data.contains { $0.address == address && $0.body != nil }
    }

    /// Why a source last failed, if it did.
    public func failure(of address: SourceAddress) -> String? {
        failures[address]
    }

    /// One line per URL that could not be fetched but has an earlier copy on show:
    /// `frontier: URL: could not connect; showing the copy cached at 2026-11-29T03:31:05Z`.
    public func cachedCopyNotices() -> [String] {
        let sources = data.map { ($0.address, $0.health) } + feeds.map { ($0.address, $0.health) }
        return sources.compactMap { address, health in
            let cachedAt: Date?
            switch health {
            case let .offline(at), let .failed(_, at): cachedAt = at
            default: cachedAt = nil
            }
            guard let cachedAt, let reason = failures[address] else { return nil }
            let time = ISO8601DateFormatter().string(from: cachedAt)
            return "frontier: \(address.displayName): \(reason); showing the copy cached at \(time)"
        }
    }

    /// What a load of the data sources reads, in order: files from disk, URLs from their body
    /// (a fetched candidate first), over the embedded dataset when it is the base.
    public func baseInputs(with candidates: [Int: FetchedBody] = [:]) -> [DatasetLoader.Input] {
        (embedded.map { [$0] } ?? []) + data.indices.compactMap { index in
            let source = data[index]
            switch source.address {
            case let .file(path): return .file(path)
            case .url:
                guard let body = candidates[index]?.body ?? source.body else { return nil }
                return .bytes(name: source.address.displayName, body)
            case .standardInput: return nil
            }
        }
    }

    func address(of role: SourceRole) -> SourceAddress {
        switch role {
        case let .data(index): return data[index].address
        case let .feed(index): return feeds[index].address
        }
    }

    func health(of role: SourceRole) -> SourceStatus.State {
        switch role {
        case let .data(index): return data[index].health
        case let .feed(index): return feeds[index].health
        }
    }

    mutating func setHealth(_ health: SourceStatus.State, of role: SourceRole) {
        switch role {
        case let .data(index): data[index].health = health
        case let .feed(index): feeds[index].health = health
        }
    }

    mutating func setValidators(_ validators: Validators?, of role: SourceRole) {
        switch role {
        case let .data(index): data[index].validators = validators
        case let .feed(index): feeds[index].validators = validators
        }
    }

    func validators(of role: SourceRole) -> Validators? {
        switch role {
        case let .data(index): return data[index].validators
        case let .feed(index): return feeds[index].validators
        }
    }
}
